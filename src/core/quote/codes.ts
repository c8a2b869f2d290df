// The quote's own codes (SPEC §7). Kept apart from the rule packs' finding codes: a quote note is about the quote
// (prices, packing, the price-book sheet), not about one inventory row. Words live in src/i18n/quote.ts.
export const QUOTE_CODES = [
  /** info: no price-book sheet: the quote lists quantities only. */
  "NO_PRICE_BOOK",
  /** warning: purchased lines the price book does not price (listed once; their amount stays blank, never 0). */
  "NO_PRICE",
  /** warning: lines (or their subtotal or total) whose amount is beyond exact yen: left blank, never a wrong sum. */
  "AMOUNT_TOO_LARGE",
  /** info: J4 — the price book makes another CL/Win mix cheaper than the exact packing. */
  "CLWIN_CHEAPER_MIX",
  /** info: seed 000 FAQ 2 — the processor licence costs less than the install licences it replaces. */
  "PROCESSOR_CHEAPER",
  /** info: seed 000 FAQ 2 — the install licences cost less than the processor licence. */
  "INSTALL_CHEAPER",
  /** error on a price-book row: the unit price cell is not a yen amount. */
  "INVALID_PRICE",
  /** error on a price-book row: the price class cell is neither a label nor a code. */
  "INVALID_PRICE_CLASS",
  /** error on a price-book row: a price with neither SKU nor product to match. */
  "MISSING_PRICE_KEY",
  /** warning on a price-book row: the same SKU/product and price class priced twice; the first row wins. */
  "DUPLICATE_PRICE",
] as const;
export type QuoteCode = (typeof QUOTE_CODES)[number];
