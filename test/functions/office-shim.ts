// What Excel's shared runtime provides to the functions, reduced to what they use: CustomFunctions.Error and the
// display language. Import this first in every test of src/functions.
export class CellError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

const globals = globalThis as Record<string, unknown>;
globals.CustomFunctions = { Error: CellError, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" } };

/** Office's display language as Office.context.displayLanguage reports it; undefined = no Office object. */
export function setDisplayLanguage(locale: string | undefined): void {
  globals.Office = locale === undefined ? undefined : { context: { displayLanguage: locale } };
}

export const isCellError = (v: unknown): v is CellError => v instanceof CellError;

/** The one cell of a 1×1 answer. */
export function only(m: unknown[][]): unknown {
  if (m.length !== 1 || m[0]?.length !== 1) throw new Error(`expected a 1×1 answer, got ${JSON.stringify(m)}`);
  return m[0][0];
}
