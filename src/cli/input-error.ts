// Why a file cannot be used: a value the CLI turns into one line in the user's language and exit 2 (see words.ts).

export type InputProblem =
  | "noFile"
  | "unreadable"
  | "notRegular"
  | "fileTooLarge"
  | "encrypted"
  | "legacyFormat"
  | "notXlsx"
  | "noContentTypes"
  | "partTooLarge"
  | "packageTooLarge"
  | "badPart";

export class InputError extends Error {
  constructor(
    readonly problem: InputProblem,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(`${problem} ${JSON.stringify(params)}`);
  }
}

/** An error's own words, for a message's detail: Node's code (ENOENT…) when it has one. */
export const errorDetail = (e: unknown): string =>
  (e as NodeJS.ErrnoException | undefined)?.code ?? (e instanceof Error ? e.message : String(e));
