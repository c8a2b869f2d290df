// SPEC §7: unit prices are yen, written as 98000, 120,000, ¥120,000, ￥120,000, 120,000円 or 120,000- (all NFKC).
import { primitive } from "../inventory/cells";
import { nfkc } from "../inventory/normalise";

const YEN_TEXT = /^[¥\\]?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(?:円|-|jpy)?$/i;

/** A yen amount (≥ 0), or undefined when the cell does not hold one. Blank cells are the caller's concern. */
export function parseYen(cell: unknown): number | undefined {
  const p = primitive(cell);
  if (typeof p === "number") return Number.isFinite(p) && p >= 0 ? p : undefined;
  if (typeof p !== "string") return undefined;
  const m = YEN_TEXT.exec(nfkc(p));
  if (!m) return undefined;
  const n = Number(`${(m[1] ?? "").replace(/,/g, "")}${m[2] ?? ""}`);
  return Number.isFinite(n) ? n : undefined;
}
