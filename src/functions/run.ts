// Runs one custom-function call: never throws, never leaves a promise pending (no #BUSY!), and turns a row that
// cannot be decided into #VALUE! with the row's error messages (SPEC §8; ARCHITECTURE §7: findings → CustomFunctions.Error).
import type { Lang, RowResult } from "../core/model";
import { findingMessage } from "../i18n";
import { shape } from "./arguments";
import { today } from "./clock";
import { problemMessage } from "./messages";
import { displayLang, invalidValue } from "./office";
import type { Field, RowsOptions } from "./rows";
import { evaluateRows } from "./rows";

/** What a returned cell may hold. */
export type Cell = string | number | CustomFunctions.Error;

/** Everything a call's answer depends on besides its arguments: taken once per call. */
export interface CallContext {
  readonly lang: Lang;
  readonly asOf: ReturnType<typeof today>;
}

export const callContext = (): CallContext => ({ lang: displayLang(), asOf: today() });

/** Run `compute`; a bug becomes one #VALUE! cell saying so instead of an exception Excel would swallow. */
export function guard(compute: (call: CallContext) => Cell[][]): Cell[][] {
  let lang: Lang = "ja";
  try {
    const call = callContext();
    lang = call.lang;
    return compute(call);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return [[invalidValue(problemMessage("INTERNAL", lang, { detail }))]];
  }
}

/** The #VALUE! of a row whose reading or rules produced an error, or undefined when the row was decided. */
export function rowError(r: RowResult, lang: Lang): CustomFunctions.Error | undefined {
  const errors = r.findings.filter((f) => f.severity === "error");
  return errors.length === 0 ? undefined : invalidValue(errors.map((f) => findingMessage(f, lang)).join(" / "));
}

/** A row-wise function: evaluate the rows as one inventory, then pick each row's output value. */
export function runRows(
  fields: readonly Field[],
  pick: (r: RowResult, lang: Lang) => string | number,
  options: RowsOptions = {},
): Cell[][] {
  return guard(({ lang, asOf }) => {
    const rows = evaluateRows(fields, { asOf, unified: false }, lang, options);
    if (!rows.ok) return [[invalidValue(rows.message)]];
    if (rows.results.length === 0) return [[""]];
    const cells = rows.results.map((r): Cell => (r === undefined ? "" : (rowError(r, lang) ?? pick(r, lang))));
    return shape(cells, rows.across);
  });
}
