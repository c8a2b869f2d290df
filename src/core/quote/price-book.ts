// SPEC §7: the optional price-book sheet (価格表 / Price book), read by the inventory's reader rules (SPEC §2):
// NFKC, ja/en headers, a trailing "(note)" ignored, the header row among the first 20. A bad cell is an error on
// that price-book row and never stops the quote.
import type { PriceClass } from "../codes";
import { PRICE_CLASSES } from "../codes";
import { isBlank, primitive } from "../inventory/cells";
import { headerWord, nfkc, word } from "../inventory/normalise";
import type { Values } from "../inventory/read";
import type { PriceBook, PriceRow, QuoteNote } from "./model";
import { parseYen } from "./yen";

export type PriceColumn = "sku" | "product" | "priceClass" | "unitPrice";

export const PRICE_BOOK_HEADERS: Readonly<Record<PriceColumn, readonly string[]>> = {
  sku: ["型番", "品番", "SKU", "Part number"],
  product: ["製品名", "製品", "品名", "Product", "Product name"],
  priceClass: ["価格区分", "Price class"],
  unitPrice: ["単価", "価格", "Unit price", "Price"],
};

const HEADER_INDEX: ReadonlyMap<string, PriceColumn> = new Map(
  (Object.entries(PRICE_BOOK_HEADERS) as [PriceColumn, readonly string[]][]).flatMap(([key, hs]) =>
    hs.map((h) => [headerWord(h), key] as const),
  ),
);

const SHEET_NAMES = ["価格表", "price book"];

/** Whether a sheet's name is the price book's (価格表 or Price book, NFKC, any case). */
export const isPriceBookName = (name: string): boolean => SHEET_NAMES.includes(word(name));

/** The price-book sheet among a workbook's sheet names, if any. */
export const priceBookSheetName = (names: readonly string[]): string | undefined => names.find(isPriceBookName);

/** A price class is written as its code or one of its labels (the words the UI shows), in any case or width. */
function classWords(labels: readonly Readonly<Record<PriceClass, string>>[]): ReadonlyMap<string, PriceClass> {
  return new Map(
    PRICE_CLASSES.flatMap((c) => [
      [word(c), c] as const,
      [word(c.replace(/_/g, " ")), c] as const,
      ...labels.map((l) => [word(l[c]), c] as const),
    ]),
  );
}

type Columns = Partial<Record<PriceColumn, number>>;

function mapHeader(cells: readonly unknown[]): Columns {
  const map: Columns = {};
  cells.forEach((cell, i) => {
    const p = primitive(cell);
    const key = typeof p === "string" ? HEADER_INDEX.get(headerWord(p)) : undefined;
    if (key !== undefined && map[key] === undefined) map[key] = i;
  });
  return map;
}

const usable = (c: Columns): boolean => c.unitPrice !== undefined && (c.sku !== undefined || c.product !== undefined);

export interface PriceBookOptions {
  /** Sheet row number of values[0] (default 1). */
  readonly firstRow?: number;
  /** The sheet's name, kept for the quote's notes. */
  readonly sheet?: string;
  /** Labels a person may write for a price class besides its code (each language's words for the classes). */
  readonly classLabels?: readonly Readonly<Record<PriceClass, string>>[];
}

/** Read a price-book sheet. `undefined` when no header row (unit price + SKU or product) is in the first 20 rows. */
export function readPriceBook(values: Values, options: PriceBookOptions = {}): PriceBook | undefined {
  const firstRow = options.firstRow ?? 1;
  const limit = Math.min(values.length, 20);
  let headerIndex = -1;
  let columns: Columns = {};
  for (let i = 0; i < limit && headerIndex < 0; i++) {
    const c = mapHeader(values[i] ?? []);
    if (Object.keys(c).length >= 2 && usable(c)) [headerIndex, columns] = [i, c];
  }
  if (headerIndex < 0) return undefined;
  const rows: PriceRow[] = [];
  const notes: QuoteNote[] = [];
  const classes = classWords(options.classLabels ?? []);
  for (let i = headerIndex + 1; i < values.length; i++) {
    const read = readPriceRow(values[i] ?? [], firstRow + i, columns, classes);
    if (read === undefined) continue;
    if ("code" in read) notes.push(read);
    else rows.push(read);
  }
  notes.push(...duplicates(rows));
  return options.sheet === undefined ? { rows, notes } : { sheet: options.sheet, rows, notes };
}

const bad = (code: QuoteNote["code"], row: number, column: PriceColumn, value: unknown): QuoteNote => ({
  code,
  severity: "error",
  params: { row, column, value: cellText(value).slice(0, 40) },
});

function cellText(cell: unknown): string {
  const p = primitive(cell);
  if (p === undefined) return "";
  if (typeof p === "object" && !(p instanceof Date)) return "error" in p ? p.error : `=${p.formula}`;
  return String(p);
}

function text(cell: unknown): string | undefined {
  const p = primitive(cell);
  if (p === undefined || (typeof p === "object" && !(p instanceof Date))) return undefined;
  const t = nfkc(String(p));
  return t === "" ? undefined : t;
}

/** One data row: a price, an error note, or undefined (blank, or no price entered yet). */
function readPriceRow(
  cells: readonly unknown[],
  row: number,
  c: Columns,
  classes: ReadonlyMap<string, PriceClass>,
): PriceRow | QuoteNote | undefined {
  const cell = (k: PriceColumn): unknown => (c[k] === undefined ? undefined : cells[c[k]]);
  if (cells.every(isBlank) || isBlank(cell("unitPrice"))) return undefined;
  const unitPrice = parseYen(cell("unitPrice"));
  if (unitPrice === undefined) return bad("INVALID_PRICE", row, "unitPrice", cell("unitPrice"));
  const sku = text(cell("sku"));
  const product = text(cell("product"));
  if (sku === undefined && product === undefined)
    return bad("MISSING_PRICE_KEY", row, c.product !== undefined ? "product" : "sku", "");
  const classText = text(cell("priceClass"));
  const priceClass = classText === undefined ? undefined : classes.get(word(classText));
  if (classText !== undefined && priceClass === undefined) return bad("INVALID_PRICE_CLASS", row, "priceClass", classText);
  const out: PriceRow = { row, unitPrice };
  if (sku !== undefined) out.sku = sku;
  if (product !== undefined) out.product = product;
  if (priceClass !== undefined) out.priceClass = priceClass;
  return out;
}

const rowKey = (r: PriceRow): string => `${word(r.sku ?? "")}\u0000${word(r.product ?? "")}\u0000${r.priceClass ?? ""}`;

/** The same entry priced twice: the first row wins (matching keeps sheet order), the later one is named. */
function duplicates(rows: readonly PriceRow[]): QuoteNote[] {
  const first = new Map<string, PriceRow>();
  const notes: QuoteNote[] = [];
  for (const r of rows) {
    const seen = first.get(rowKey(r));
    if (seen === undefined) first.set(rowKey(r), r);
    else if (seen.unitPrice !== r.unitPrice) {
      notes.push({ code: "DUPLICATE_PRICE", severity: "warning", params: { row: r.row, first: seen.row } });
    }
  }
  return notes;
}
