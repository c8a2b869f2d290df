// SPEC §7: unit prices are yen, written as 98000, 120,000, ¥120,000, ￥120,000, 120,000円 or 120,000- (all NFKC).
import { primitive } from "../inventory/cells";
import { nfkc } from "../inventory/normalise";

const YEN_TEXT = /^[¥\\]?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(?:円|-|jpy)?$/i;

/** Amounts are exact up to 2^53 − 1 yen; a line, subtotal or total beyond it is left blank (AMOUNT_TOO_LARGE). */
export const exactYen = (n: number): boolean => Number.isFinite(n) && n >= 0 && n <= Number.MAX_SAFE_INTEGER;

/** A yen amount (≥ 0, exact), or undefined when the cell does not hold one. Blank cells are the caller's concern. */
export function parseYen(cell: unknown): number | undefined {
  const p = primitive(cell);
  if (typeof p === "number") return exactYen(p) ? p : undefined;
  if (typeof p !== "string") return undefined;
  const m = YEN_TEXT.exec(nfkc(p));
  if (!m) return undefined;
  const n = Number(`${(m[1] ?? "").replace(/,/g, "")}${m[2] ?? ""}`);
  return exactYen(n) ? n : undefined;
}
