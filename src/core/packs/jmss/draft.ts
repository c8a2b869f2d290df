// One row's decision while the pack is still working on it, and the line helpers every J rule shares.
import type { Finding, Holding, Line } from "../../model";

export type BaseTarget = "MG" | "SV/AG";

export interface Draft {
  readonly holding: Holding;
  readonly lines: Line[];
  readonly findings: Finding[];
  readonly rules: string[];
  /** Base rows only: the JobCenter server product the row migrates to. */
  readonly target?: BaseTarget;
}

export function draftOf(holding: Holding, init: { lines?: Line[]; findings?: Finding[]; rules?: string[] } = {}): Draft {
  return { holding, lines: init.lines ?? [], findings: init.findings ?? [], rules: init.rules ?? [] };
}

/** A line for the row's own product (END_OF_USE licences, lent licences): its SKU when the sheet has one. */
export function ownLine(h: Holding, quantity: number, priceClass: Line["priceClass"]): Line {
  return { sku: h.sku ?? "", product: h.product, quantity, priceClass };
}

/**
 * Drop empty lines and merge lines of the same SKU, product and price class, keeping first-seen order —
 * so callers push lines in the order the row shows them (own class, borrowed, NORMAL, lent, END_OF_USE).
 */
export function mergeLines(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (const l of lines) {
    if (l.quantity <= 0) continue;
    const same = out.find((o) => o.sku === l.sku && o.product === l.product && o.priceClass === l.priceClass);
    if (same) same.quantity += l.quantity;
    else out.push({ ...l });
  }
  return out;
}
