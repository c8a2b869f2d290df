// How many rows of each price class, and rows with warnings or errors: the counts the CLI and the pane show.
import type { PriceClass } from "./codes";
import type { Decision } from "./model";

export interface Summary {
  readonly rows: number;
  /** Rows having at least one line of the class. */
  readonly byPriceClass: Partial<Record<PriceClass, number>>;
  readonly warnings: number;
  readonly errors: number;
}

/** What one decision adds to the counts (rows decided alike share a decision, so each is looked at once). */
interface Counts {
  readonly classes: readonly PriceClass[];
  readonly warning: boolean;
  readonly error: boolean;
}

const countsOf = (d: Decision): Counts => ({
  classes: [...new Set(d.lines.map((l) => l.priceClass))],
  warning: d.findings.some((f) => f.severity === "warning"),
  error: d.findings.some((f) => f.severity === "error"),
});

/** The counts of some rows' decisions (RowResults will do). */
export function summarise(rows: readonly Decision[]): Summary {
  const byPriceClass: Partial<Record<PriceClass, number>> = {};
  let warnings = 0;
  let errors = 0;
  const seen = new Map<Decision, Counts>();
  for (const d of rows) {
    let c = seen.get(d);
    if (c === undefined) seen.set(d, (c = countsOf(d)));
    for (const k of c.classes) byPriceClass[k] = (byPriceClass[k] ?? 0) + 1;
    if (c.error) errors++;
    if (c.warning) warnings++;
  }
  return { rows: rows.length, byPriceClass, warnings, errors };
}
