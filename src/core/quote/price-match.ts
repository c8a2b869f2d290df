// SPEC §7: which price-book row prices a line. By SKU first (when the line has one), else by product name
// (NFKC, case-insensitive); a row for the line's price class before a row whose class is blank (= any).
import type { PriceClass } from "../codes";
import { word } from "../inventory/normalise";
import type { PriceBook, PriceRow } from "./model";

export interface Priced {
  readonly sku: string;
  readonly product: string;
  readonly priceClass: PriceClass;
}

export interface MatchOptions {
  /** Only a row naming the line's price class may price it (a blank class does not): used for FREE_VERSION_UP. */
  readonly classOnly?: boolean;
}

/** The price-book row for a line, or undefined. The first matching row in sheet order wins. */
export function findPrice(book: PriceBook | undefined, line: Priced, options: MatchOptions = {}): PriceRow | undefined {
  if (book === undefined) return undefined;
  const sku = word(line.sku);
  const product = word(line.product);
  const bySku = (r: PriceRow): boolean => sku !== "" && r.sku !== undefined && word(r.sku) === sku;
  // A row naming another SKU is another product, whatever its name says.
  const byProduct = (r: PriceRow): boolean =>
    r.product !== undefined && word(r.product) === product && (r.sku === undefined || sku === "" || word(r.sku) === sku);
  const classes: ((r: PriceRow) => boolean)[] = [(r) => r.priceClass === line.priceClass];
  if (!options.classOnly) classes.push((r) => r.priceClass === undefined);
  for (const key of [bySku, byProduct]) {
    for (const cls of classes) {
      const hit = book.rows.find((r) => key(r) && cls(r));
      if (hit) return hit;
    }
  }
  return undefined;
}
