// SPEC §7: one quote line per (SKU or product, price class), with the total quantity and the rows it comes from.
import type { PriceClass } from "../codes";
import { word } from "../inventory/normalise";
import type { Line, RowResult } from "../model";

/** A line of the plan before pricing: what to buy, how many, from which inventory rows. */
export interface PlanLine {
  readonly sku: string;
  readonly product: string;
  readonly priceClass: PriceClass;
  quantity: number;
  readonly rows: number[];
  /** What the lines it sums buy, as their pack names it (Line.item). */
  readonly item?: string | undefined;
}

/** The grouping key: the SKU when the line has one, else the product name (NFKC, any case). */
export const lineKey = (l: Pick<Line, "sku" | "product" | "priceClass">): string =>
  `${l.sku.trim() !== "" ? `sku:${word(l.sku)}` : `product:${word(l.product)}`}\u0000${l.priceClass}`;

/** Add rows to a sorted list without repeats; rows arrive in sheet order, so this is an append almost always. */
export function addRows(into: number[], rows: Iterable<number>): void {
  for (const r of rows) {
    const last = into[into.length - 1];
    if (last === undefined || r > last) into.push(r);
    else if (r !== last && !into.includes(r)) {
      into.push(r);
      into.sort((a, b) => a - b);
    }
  }
}

/** Sum every row's lines by key, in order of first appearance (sheet order). Rows with an error have no lines. */
export function groupLines(results: readonly RowResult[]): PlanLine[] {
  const byKey = new Map<string, PlanLine>();
  for (const r of results) {
    for (const l of r.lines) {
      const key = lineKey(l);
      const seen = byKey.get(key);
      if (seen) {
        seen.quantity += l.quantity;
        addRows(seen.rows, [r.row]);
      } else {
        byKey.set(key, {
          sku: l.sku,
          product: l.product,
          priceClass: l.priceClass,
          quantity: l.quantity,
          rows: [r.row],
          item: l.item,
        });
      }
    }
  }
  return [...byKey.values()];
}

/** END_OF_USE and NO_CHANGE lines are listed for information: nothing is bought, so nothing is priced. */
export const isPurchase = (c: PriceClass): boolean => c !== "END_OF_USE" && c !== "NO_CHANGE";
