// Hand-made evaluated rows for the quote's tests: what a pack would have decided, without running one.
import type { Finding, IsoDate, Line, PriceClass, RowResult } from "../../src/core/model";
import type { PriceBook, PriceRow } from "../../src/core/quote";

export const MG = "WebSAM JobCenter MG for Windows/Linux R16.2";
export const SV_AG = "WebSAM JobCenter SV/AG for Windows/Linux R16.2";
export const FOR_MIGRATION = "(JMSSからの移行用)";
export const CLWIN_5 = `${FOR_MIGRATION}WebSAM JobCenter CL/Win(5 Licenses) R16.2`;
export const CLWIN_1 = `${FOR_MIGRATION}WebSAM JobCenter CL/Win(1 License) R16.2`;
export const PROCESSOR = "WebSAM JobCenter SV/AG プロセッサライセンス";

/**
 * A line as a pack writes it; `item` is the id of what it buys ("jmss:CL/Win 5", "jmss:JMSS" for a row's own JMSS
 * licences, "sparx:EA") — the packs' quote rules find their lines by it, never by name.
 */
export const line = (sku: string, product: string, quantity: number, priceClass: PriceClass, item?: string): Line => ({
  sku,
  product,
  quantity,
  priceClass,
  ...(item === undefined ? {} : { item }),
});

export const row = (n: number, lines: Line[], findings: Finding[] = [], supportEnd: string | null = null): RowResult => ({
  row: n,
  lines,
  supportEnd: supportEnd as IsoDate | null,
  findings,
  rules: [],
});

export function book(...rows: Omit<PriceRow, "row">[]): PriceBook {
  return { rows: rows.map((r, i) => ({ row: i + 2, ...r })), notes: [] };
}

/** The purchase list as the seed writes it: [sku or product, price class, quantity]. */
export const purchases = (
  lines: readonly { sku: string; product: string; priceClass: PriceClass; quantity: number; purchase: boolean }[],
) => lines.filter((l) => l.purchase).map((l) => [l.sku || l.product, l.priceClass, l.quantity]);
