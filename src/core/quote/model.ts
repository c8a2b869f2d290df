// SPEC §7: the quote and the price book as schemas (ARCHITECTURE §3): `--json` prints a Quote, tests parse it.
import { z } from "zod";
import { FINDING_CODES, IsoDate, ParamValue, PRICE_CLASSES, SEVERITIES } from "../model";
import { QUOTE_CODES } from "./codes";

const RowNumber = z.number().int().positive();
const Yen = z.number().nonnegative();
const Params = z.record(z.string(), ParamValue);

/** One priced entry of the price-book sheet. Absent sku/product/priceClass = blank cell (blank class = any). */
export const PriceRow = z.object({
  row: RowNumber,
  sku: z.string().optional(),
  product: z.string().optional(),
  priceClass: z.enum(PRICE_CLASSES).optional(),
  unitPrice: Yen,
});
export type PriceRow = z.infer<typeof PriceRow>;

/** A note of the quote; `rows` are the inventory rows it concerns (a price-book row is named in params). */
export const QuoteNote = z.object({
  code: z.enum(QUOTE_CODES),
  severity: z.enum(SEVERITIES),
  params: Params.optional(),
  rows: z.array(RowNumber).optional(),
  /** Quote line numbers (`no`) it concerns. */
  lines: z.array(RowNumber).optional(),
});
export type QuoteNote = z.infer<typeof QuoteNote>;

export const PriceBook = z.object({
  sheet: z.string().optional(),
  rows: z.array(PriceRow),
  /** Rows that could not be read: errors on that price-book row, never a stop. */
  notes: z.array(QuoteNote),
});
export type PriceBook = z.infer<typeof PriceBook>;

/**
 * One line per (SKU or product, price class). `purchase` false = listed for information (END_OF_USE, NO_CHANGE):
 * no price, not in any total. `unitPrice`/`amount` null = no price (never 0); FREE_VERSION_UP is ¥0 by J2.
 */
export const QuoteLine = z.object({
  no: RowNumber,
  sku: z.string(),
  product: z.string(),
  priceClass: z.enum(PRICE_CLASSES),
  quantity: z.number().int().nonnegative(),
  purchase: z.boolean(),
  unitPrice: Yen.nullable(),
  amount: Yen.nullable(),
  priceSource: z.enum(["priceBook", "free"]).nullable(),
  /** The price-book row that priced it. */
  priceRow: RowNumber.optional(),
  rows: z.array(RowNumber),
});
export type QuoteLine = z.infer<typeof QuoteLine>;

/** `amount` sums the priced lines only; null when none is priced; `complete` false when some line has no price. */
export const Subtotal = z.object({
  priceClass: z.enum(PRICE_CLASSES),
  quantity: z.number().int().nonnegative(),
  amount: Yen.nullable(),
  complete: z.boolean(),
});
export type Subtotal = z.infer<typeof Subtotal>;

export const Total = z.object({ amount: Yen.nullable(), complete: z.boolean() });
export type Total = z.infer<typeof Total>;

/** J13: one version-up application per target SKU, with its 連絡欄 text ready to paste. */
export const Application = z.object({
  sku: z.string(),
  product: z.string(),
  quantity: z.number().int().positive(),
  text: z.string(),
  rows: z.array(RowNumber),
});
export type Application = z.infer<typeof Application>;

/** A row finding said once: the same code, severity and params on many rows becomes one entry with those rows. */
export const WarningGroup = z.object({
  code: z.enum(FINDING_CODES),
  severity: z.enum(SEVERITIES),
  rule: z.string().optional(),
  params: Params.optional(),
  rows: z.array(RowNumber),
});
export type WarningGroup = z.infer<typeof WarningGroup>;

export const RenewalItem = z.object({
  row: RowNumber,
  sku: z.string(),
  product: z.string(),
  quantity: z.number().int().nonnegative(),
  priceClass: z.enum(PRICE_CLASSES),
  /** The support end the inventory holds (when the holdings were given). */
  currentEnd: IsoDate.nullable(),
  newEnd: IsoDate.nullable(),
});
export type RenewalItem = z.infer<typeof RenewalItem>;

/** Seed 004: EA support is renewed per customer number; null = rows without one. */
export const RenewalGroup = z.object({ customerNo: z.string().nullable(), items: z.array(RenewalItem) });
export type RenewalGroup = z.infer<typeof RenewalGroup>;

export const QuoteMeta = z.object({
  customer: z.string().optional(),
  date: IsoDate.optional(),
  asOf: IsoDate.optional(),
  sheet: z.string().optional(),
});
export type QuoteMeta = z.infer<typeof QuoteMeta>;

export const Quote = z.object({
  meta: QuoteMeta,
  /** A price book was given: without one the quote lists quantities only (no amounts to add up). */
  priced: z.boolean(),
  lines: z.array(QuoteLine),
  subtotals: z.array(Subtotal),
  total: Total,
  applications: z.array(Application),
  renewals: z.array(RenewalGroup),
  warnings: z.array(WarningGroup),
  notes: z.array(QuoteNote),
});
export type Quote = z.infer<typeof Quote>;
