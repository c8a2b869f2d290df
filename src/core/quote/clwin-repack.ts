// J4 (seed 000 §4, §7 example 1): the quote buys CL/Win on the total, not row by row: every row's 5-License and
// 1-License lines are summed into licences (5 × five + one) per price class and packed again with packClWin —
// exactly, unless the price book makes another mix cheaper (said as info CLWIN_CHEAPER_MIX).
import type { PriceClass } from "../codes";
import { word } from "../inventory/normalise";
import type { CatalogItem } from "../packs/jmss/catalog";
import { CATALOG, catalogRow } from "../packs/jmss/catalog";
import type { ClWinPrices } from "../packs/jmss/clwin";
import { packClWin } from "../packs/jmss/clwin";
import type { PlanLine } from "./lines";
import { addRows } from "./lines";
import type { PriceBook, QuoteNote } from "./model";
import { findPrice } from "./price-match";

const PACK_SIZE: Partial<Record<CatalogItem, number>> = { "CL/Win 1": 1, "CL/Win 5": 5 };

/** Licences per product when the line is one of the catalog's CL/Win packs, else undefined. */
export function clWinPackSize(l: Pick<PlanLine, "product" | "priceClass">): number | undefined {
  const w = word(l.product);
  const row = CATALOG.find((r) => PACK_SIZE[r.item] !== undefined && r.priceClass === l.priceClass && word(r.product) === w);
  return row === undefined ? undefined : PACK_SIZE[row.item];
}

function pricesOf(book: PriceBook | undefined, priceClass: PriceClass): ClWinPrices {
  const five = findPrice(book, catalogRow("CL/Win 5", priceClass))?.unitPrice;
  const one = findPrice(book, catalogRow("CL/Win 1", priceClass))?.unitPrice;
  return { ...(five !== undefined ? { five } : {}), ...(one !== undefined ? { one } : {}) };
}

const packLine = (item: "CL/Win 5" | "CL/Win 1", priceClass: PriceClass, quantity: number, rows: number[]): PlanLine => {
  const { sku, product } = catalogRow(item, priceClass);
  return { sku, product, priceClass, quantity, rows: [...rows] };
};

/** Replace each price class's CL/Win lines by one packing of their total, where the first of them stood. */
export function repackClWin(lines: readonly PlanLine[], book?: PriceBook): { lines: PlanLine[]; notes: QuoteNote[] } {
  const totals = new Map<PriceClass, { need: number; rows: number[] }>();
  for (const l of lines) {
    const size = clWinPackSize(l);
    if (size === undefined) continue;
    const t = totals.get(l.priceClass) ?? { need: 0, rows: [] };
    t.need += size * l.quantity;
    addRows(t.rows, l.rows);
    totals.set(l.priceClass, t);
  }
  const out: PlanLine[] = [];
  const notes: QuoteNote[] = [];
  for (const l of lines) {
    if (clWinPackSize(l) === undefined) {
      out.push(l);
      continue;
    }
    const t = totals.get(l.priceClass);
    if (t === undefined) continue; // this class is packed already
    totals.delete(l.priceClass);
    const prices = pricesOf(book, l.priceClass);
    const mix = packClWin(t.need, prices);
    if (mix.five > 0) out.push(packLine("CL/Win 5", l.priceClass, mix.five, t.rows));
    if (mix.one > 0) out.push(packLine("CL/Win 1", l.priceClass, mix.one, t.rows));
    const exact = packClWin(t.need);
    if (mix.five !== exact.five || mix.one !== exact.one) {
      const cost = (m: { five: number; one: number }): number => m.five * (prices.five ?? 0) + m.one * (prices.one ?? 0);
      notes.push({
        code: "CLWIN_CHEAPER_MIX",
        severity: "info",
        params: {
          need: t.need,
          five: mix.five,
          one: mix.one,
          bought: t.need + mix.extra,
          extra: mix.extra,
          amount: cost(mix),
          exactAmount: cost(exact),
        },
        rows: t.rows,
      });
    }
  }
  return { lines: out, notes };
}
