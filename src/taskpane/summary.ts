// The result summary (issue 5): rows per price class, rows with warnings, rows with errors — each with its sheet rows
// so the pane can select them. Counts follow the core's summarise().
import type { PriceClass } from "../core/codes";
import { PRICE_CLASSES } from "../core/codes";
import type { RowResult } from "../core/model";

export type SummaryEntry =
  | { readonly kind: "class"; readonly code: PriceClass; readonly rows: readonly number[] }
  | { readonly kind: "warning" | "error"; readonly rows: readonly number[] };

export function summaryEntries(results: readonly RowResult[]): SummaryEntry[] {
  const byClass = new Map<PriceClass, number[]>();
  const warnings: number[] = [];
  const errors: number[] = [];
  for (const r of results) {
    for (const c of new Set(r.lines.map((l) => l.priceClass))) {
      const rows = byClass.get(c) ?? [];
      rows.push(r.row);
      byClass.set(c, rows);
    }
    if (r.findings.some((f) => f.severity === "warning")) warnings.push(r.row);
    if (r.findings.some((f) => f.severity === "error")) errors.push(r.row);
  }
  const classes = PRICE_CLASSES.flatMap((code): SummaryEntry[] => {
    const rows = byClass.get(code);
    return rows ? [{ kind: "class", code, rows }] : [];
  });
  return [...classes, { kind: "warning", rows: warnings }, { kind: "error", rows: errors }];
}
