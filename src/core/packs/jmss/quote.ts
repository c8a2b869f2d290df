// The JMSS pack's quote rules (SPEC §7), found by their lines' item ids, never by product names:
// - J4 (seed 000 §4, §7 example 1): CL/Win is bought on the total, not row by row: every row's 5-License and
//   1-License lines are summed into licences per price class and packed again — exactly, unless the price book makes
//   another mix cheaper (info CLWIN_CHEAPER_MIX);
// - J7 (seed 000 FAQ 2): on a virtualization platform a processor licence at the normal price can cost less than
//   install licences at the preferential price: where the price book prices it, the quote says which is cheaper;
// - J13 (seed 000 §3): MG and SV/AG version-ups are separate applications, one per target SKU, each with its 連絡欄.
import type { PriceClass, RowResult } from "../../model";
import { word } from "../../inventory/normalise";
import type { PlanLine } from "../../quote/lines";
import { addRows } from "../../quote/lines";
import type { Application, PriceBook, PriceRow, QuoteNote } from "../../quote/model";
import { findPrice } from "../../quote/price-match";
import { exactYen } from "../../quote/yen";
import type { ItemLine, QuoteRules } from "../../quote/rules";
import type { CatalogItem } from "./catalog";
import { catalogRow, itemId, versionUpApplicationText } from "./catalog";
import type { ClWinPrices } from "./clwin";
import { packClWin } from "./clwin";

/** Licences per product of the catalog's CL/Win packs, by item id. */
const PACK_SIZE: ReadonlyMap<string | undefined, number> = new Map([
  [itemId("CL/Win 5"), 5],
  [itemId("CL/Win 1"), 1],
]);

function pricesOf(book: PriceBook | undefined, priceClass: PriceClass): ClWinPrices {
  const five = findPrice(book, catalogRow("CL/Win 5", priceClass))?.unitPrice;
  const one = findPrice(book, catalogRow("CL/Win 1", priceClass))?.unitPrice;
  return { ...(five !== undefined ? { five } : {}), ...(one !== undefined ? { one } : {}) };
}

const packLine = (item: "CL/Win 5" | "CL/Win 1", priceClass: PriceClass, quantity: number, rows: number[]): PlanLine => {
  const { sku, product } = catalogRow(item, priceClass);
  return { sku, product, priceClass, quantity, rows: [...rows], item: itemId(item) };
};

/** J4: each price class's CL/Win lines replaced by one packing of their total, where the first of them stood. */
export function repackClWin(lines: readonly PlanLine[], book?: PriceBook): { lines: PlanLine[]; notes: QuoteNote[] } {
  const totals = new Map<PriceClass, { need: number; rows: number[] }>();
  for (const l of lines) {
    const size = PACK_SIZE.get(l.item);
    if (size === undefined) continue;
    const t = totals.get(l.priceClass) ?? { need: 0, rows: [] };
    t.need += size * l.quantity;
    addRows(t.rows, l.rows);
    totals.set(l.priceClass, t);
  }
  const out: PlanLine[] = [];
  const notes: QuoteNote[] = [];
  for (const l of lines) {
    if (!PACK_SIZE.has(l.item)) {
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
      const params = {
        need: t.need,
        five: mix.five,
        one: mix.one,
        bought: t.need + mix.extra,
        extra: mix.extra,
        amount: cost(mix),
        exactAmount: cost(exact),
      };
      notes.push({ code: "CLWIN_CHEAPER_MIX", severity: "info", params, rows: t.rows });
    }
  }
  return { lines: out, notes };
}

const PROCESSOR = catalogRow("SV/AG processor", "NORMAL");
const PROCESSOR_ITEM = itemId("SV/AG processor");
// The install licences a processor licence replaces, at the price the seed compares with (優待価格), else normal.
const INSTALL = [catalogRow("SV/AG", "PREFERENTIAL"), catalogRow("SV/AG", "NORMAL")];
const INSTALL_ITEM = itemId("SV/AG");
const HELD_ITEM = itemId("JMSS");

/** Price-book rows are written by people: one naming an SV/AG processor licence in any words prices it. */
const namesProcessor = (product: string): boolean => {
  const w = word(product);
  return w.includes("sv/ag") && /プロセッサ|processor/.test(w);
};

/** J7: the processor licence's price — its catalog entry, else a normal/any-class row naming one. */
export function findProcessorPrice(book: PriceBook | undefined): PriceRow | undefined {
  return (
    findPrice(book, PROCESSOR) ??
    book?.rows.find((r) => r.product !== undefined && namesProcessor(r.product) && (r.priceClass ?? "NORMAL") === "NORMAL")
  );
}

const installPrice = (book: PriceBook | undefined): PriceRow | undefined =>
  INSTALL.map((l) => findPrice(book, l)).find((r) => r !== undefined);

function compare(
  processor: number,
  processorQuantity: number,
  install: number,
  installQuantity: number,
  rows: number[],
  lines: number[],
): QuoteNote[] {
  if (processor === install || !exactYen(processor) || !exactYen(install)) return [];
  const code = processor < install ? "PROCESSOR_CHEAPER" : "INSTALL_CHEAPER";
  return [{ code, severity: "info", params: { processor, processorQuantity, install, installQuantity }, rows, lines }];
}

/**
 * J7: a processor line of the plan is compared with the JMSS licences it replaces (the END_OF_USE licences of its
 * rows). A plan buying SV/AG install licences is compared with one processor licence when that is cheaper.
 */
export function compareProcessor(
  lines: readonly ItemLine[],
  results: readonly RowResult[],
  book: PriceBook | undefined,
): QuoteNote[] {
  const processor = findProcessorPrice(book);
  const install = installPrice(book);
  if (processor === undefined || install === undefined) return [];
  const notes: QuoteNote[] = [];
  const processorLines = lines.filter((l) => l.purchase && l.item === PROCESSOR_ITEM);
  for (const l of processorLines) {
    const replaced = results
      .filter((r) => l.rows.includes(r.row))
      .flatMap((r) => r.lines.filter((x) => x.priceClass === "END_OF_USE" && x.item === HELD_ITEM))
      .reduce((n, x) => n + x.quantity, 0);
    if (replaced === 0) continue;
    notes.push(...compare(l.quantity * processor.unitPrice, l.quantity, replaced * install.unitPrice, replaced, l.rows, [l.no]));
  }
  if (processorLines.length > 0) return notes;
  const installLines = lines.filter(
    (l) => l.item === INSTALL_ITEM && (l.priceClass === "PREFERENTIAL" || l.priceClass === "NORMAL") && l.amount !== null,
  );
  const amount = installLines.reduce((n, l) => n + (l.amount ?? 0), 0);
  const quantity = installLines.reduce((n, l) => n + l.quantity, 0);
  if (quantity === 0 || processor.unitPrice >= amount) return notes;
  const rows = [...new Set(installLines.flatMap((l) => l.rows))].sort((a, b) => a - b);
  const nos = installLines.map((l) => l.no);
  return compare(processor.unitPrice, 1, amount, quantity, rows, nos);
}

/** J13: quote lines are already one per (SKU, class), so each free version-up line is one application. */
export function versionUpApplications(lines: readonly ItemLine[]): Application[] {
  const targets: readonly (string | undefined)[] = (["MG", "SV/AG"] satisfies CatalogItem[]).map(itemId);
  return lines
    .filter((l) => l.priceClass === "FREE_VERSION_UP" && targets.includes(l.item) && l.quantity > 0)
    .map((l) => ({
      sku: l.sku,
      product: l.product,
      quantity: l.quantity,
      text: versionUpApplicationText(l.sku, l.product),
      rows: l.rows,
    }));
}

export const jmssQuoteRules: QuoteRules = {
  plan: repackClWin,
  price: (l, book) => (l.item === PROCESSOR_ITEM ? findProcessorPrice(book) : undefined),
  finish: (lines, { results, book }) => ({
    applications: versionUpApplications(lines),
    notes: compareProcessor(lines, results, book),
  }),
};
