// A JMSS row's decision before its notes (a draft), and the line helpers every J rule shares.
import type { Finding, Holding, Line } from "../../model";
import { itemId } from "./catalog";

export type BaseTarget = "MG" | "SV/AG";

/** What the J rules decide for a row before J9, J11, J12 and J14 add their notes (notes.ts). */
export interface Draft {
  readonly lines: readonly Line[];
  readonly findings: readonly Finding[];
  /** The rules that decided the row (the findings' rules are added when it is finished). */
  readonly rules: readonly string[];
  /** Its findings name its own row (J3's lenders and borrowers): no other row shares them. */
  readonly own?: true;
}

/** A line for the row's own JMSS licences (END_OF_USE licences): its SKU when the sheet has one. */
export function ownLine(h: Holding, quantity: number, priceClass: Line["priceClass"]): Line {
  return { sku: h.sku ?? "", product: h.product, quantity, priceClass, item: itemId("JMSS") };
}

/**
 * Drop empty lines and merge lines of the same SKU, product and price class, keeping first-seen order —
 * so callers push lines in the order the row shows them (own class, borrowed, NORMAL, END_OF_USE).
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
