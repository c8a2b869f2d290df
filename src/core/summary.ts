// How many rows of each price class, and rows with warnings or errors: the counts the CLI and the pane show.
import type { PriceClass } from "./codes";
import type { RowResult } from "./model";

export interface Summary {
  readonly rows: number;
  /** Rows having at least one line of the class. */
  readonly byPriceClass: Partial<Record<PriceClass, number>>;
  readonly warnings: number;
  readonly errors: number;
}

export function summarise(results: readonly RowResult[]): Summary {
  const byPriceClass: Partial<Record<PriceClass, number>> = {};
  let warnings = 0;
  let errors = 0;
  for (const r of results) {
    for (const c of new Set(r.lines.map((l) => l.priceClass))) byPriceClass[c] = (byPriceClass[c] ?? 0) + 1;
    if (r.findings.some((f) => f.severity === "error")) errors++;
    if (r.findings.some((f) => f.severity === "warning")) warnings++;
  }
  return { rows: results.length, byPriceClass, warnings, errors };
}
