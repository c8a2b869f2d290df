// The CLI's answer for a sheet: what `license-rules annotate` writes in its output columns (SPEC §3), row by row.
// The functions must show the same thing for the same rows.
import { expect } from "vitest";
import { annotateValues } from "../../src/core/annotate";
import type { IsoDate, Lang } from "../../src/core/model";
import type { OutputCell } from "../../src/render";
import { renderRow } from "../../src/render";
import { isCellError } from "./office-shim";

export const AS_OF = "2025-10-01" as IsoDate;
/** Excel's clock for the functions: noon on AS_OF, local time. */
export const NOW = new Date(2025, 9, 1, 12, 0, 0);

/** One entry per data row under the header (sheet[0]); undefined for a blank row, which the CLI skips. */
export function cliRows(sheet: unknown[][], lang: Lang = "ja"): (readonly OutputCell[] | undefined)[] {
  const annotated = annotateValues(sheet, { asOf: AS_OF, unified: false }, { headerRow: 1 });
  if (!annotated) throw new Error("test sheet has no header");
  const out: (readonly OutputCell[] | undefined)[] = sheet.slice(1).map(() => undefined);
  for (const r of annotated.results) out[r.row - 2] = renderRow(r, lang);
  return out;
}

export const COL = { sku: 0, product: 1, qty: 2, priceClass: 3, supportEnd: 4, warnings: 5, rules: 6 } as const;

/** TARGET as the sheet shows it: the SKU of each line, or the product where the SKU cell line is empty. */
export function skuOrProduct(cells: readonly OutputCell[]): string {
  const skus = String(cells[COL.sku] ?? "").split("\n");
  const products = String(cells[COL.product] ?? "").split("\n");
  return cells[COL.product] === null ? "" : products.map((p, i) => (skus[i] ? (skus[i] as string) : p)).join("\n");
}

const errorLines = (cells: readonly OutputCell[]): string[] =>
  String(cells[COL.warnings] ?? "")
    .split("\n")
    .filter((l) => l.startsWith("【エラー】") || l.startsWith("【Error】"))
    .map((l) => l.replace(/^【[^】]+】/, ""));

/**
 * A function's spilled column equals the CLI's rows: the same value where the CLI decided the row, #VALUE! naming
 * the same errors where the CLI wrote an error, and an empty cell where the CLI skipped a blank row.
 */
export function expectSameAsCli(
  actual: unknown[][],
  cli: (readonly OutputCell[] | undefined)[],
  pick: (cells: readonly OutputCell[]) => unknown,
): void {
  expect(actual).toHaveLength(cli.length);
  cli.forEach((cells, i) => {
    const got = actual[i]?.[0];
    if (cells === undefined) return expect(got, `row ${i}`).toBe("");
    const errors = errorLines(cells);
    if (errors.length === 0) return expect(got, `row ${i}`).toEqual(pick(cells) ?? "");
    expect(isCellError(got), `row ${i} is an error`).toBe(true);
    if (!isCellError(got)) return;
    expect(got.code).toBe("#VALUE!");
    for (const e of errors) expect(got.message).toContain(e);
  });
}

/** A column of values as Excel passes a one-column range. */
export const col = (...values: unknown[]): unknown[][] => values.map((v) => [v]);
