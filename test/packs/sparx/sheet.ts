// Builds a Japanese EA inventory sheet (title row above the header) and runs it through the real reader and evaluator.
import { annotateValues } from "../../../src/core/annotate";
import type { IsoDate, RowResult } from "../../../src/core/model";

export type Cells = Record<string, string | number | boolean | null>;

// A blank quantity cell is an error (SPEC §2), so rows that do not say get 1, as they would without the column.
const DEFAULTS: Record<string, string | number> = { 製品名: "Enterprise Architect Corporate", 数量: 1 };

/** Evaluate rows given as {header: cell}; one result per row, in order. */
export function evaluateSheet(rows: readonly Cells[], asOf: string, unified = false): RowResult[] {
  const headers = [...new Set(["製品名", ...rows.flatMap((r) => Object.keys(r))])];
  const values = [
    ["Enterprise Architect ライセンス管理台帳"],
    [],
    headers,
    ...rows.map((r) => headers.map((h) => r[h] ?? DEFAULTS[h] ?? null)),
  ];
  const annotated = annotateValues(values, { asOf: asOf as IsoDate, unified });
  if (!annotated) throw new Error("header not recognised");
  return annotated.results;
}

/** The one row of a one-row sheet. */
export function evaluateRow(row: Cells, asOf: string, unified = false): RowResult {
  const [result] = evaluateSheet([row], asOf, unified);
  if (!result) throw new Error("no result");
  return result;
}

export const codes = (r: RowResult): string[] => r.findings.map((f) => f.code);
export const classes = (r: RowResult): string[] => r.lines.map((l) => l.priceClass);
export const conditions = (r: RowResult, code: string): unknown[] =>
  r.findings.filter((f) => f.code === code).map((f) => f.params?.condition);
