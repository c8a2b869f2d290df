// SPEC §7: one evaluated inventory (+ an optional price book) → the quote. Pure: the adapters read the sheets and
// write the quote sheet; nothing here knows Excel.
import type { Annotated } from "../annotate";
import { PRICE_CLASSES } from "../codes";
import type { RowResult } from "../model";
import type { PlanLine } from "./lines";
import { groupLines, isPurchase } from "./lines";
import type { Application, PriceBook, Quote, QuoteLine, QuoteMeta, QuoteNote, RenewalGroup, Subtotal, Total } from "./model";
import { findPrice } from "./price-match";
import type { RowFacts } from "./rules";
import type { ItemLine, QuoteRules } from "./rules";
import { groupFindings } from "./warnings";
import { exactYen } from "./yen";
import { groupDigits } from "../digits";
import { PACKS } from "../packs";

/** Every pack's quote rules, in the packs' order. */
const RULES: readonly QuoteRules[] = PACKS.flatMap((p) => (p.quote ? [p.quote] : []));

export interface QuoteOptions extends QuoteMeta {
  /** The rows' holdings (customer number, current support end) for the EA renewals; any Holding[] will do. */
  readonly holdings?: readonly RowFacts[];
}

function price(l: PlanLine, book: PriceBook | undefined): Pick<QuoteLine, "unitPrice" | "priceSource"> & { priceRow?: number } {
  if (!isPurchase(l.priceClass)) return { unitPrice: null, priceSource: null };
  // J2: a free version-up costs nothing unless the price book prices that class explicitly (e.g. a fee).
  const free = l.priceClass === "FREE_VERSION_UP";
  const hit = findPrice(book, l, { classOnly: free }) ?? packPrice(l, book);
  if (hit) return { unitPrice: hit.unitPrice, priceSource: "priceBook", priceRow: hit.row };
  return free ? { unitPrice: 0, priceSource: "free" } : { unitPrice: null, priceSource: null };
}

/** A price only a pack knows how to find (its `price` rule). */
function packPrice(l: PlanLine, book: PriceBook | undefined): ReturnType<typeof findPrice> {
  for (const rules of RULES) {
    const hit = rules.price?.(l, book);
    if (hit) return hit;
  }
  return undefined;
}

const CLASS_ORDER = new Map(PRICE_CLASSES.map((c, i) => [c, i]));

/** Bought lines first, by price class (SPEC §1 order), then in sheet order; END_OF_USE / NO_CHANGE below them. */
function order(a: PlanLine, b: PlanLine): number {
  const bought = Number(isPurchase(b.priceClass)) - Number(isPurchase(a.priceClass));
  const cls = (CLASS_ORDER.get(a.priceClass) ?? 0) - (CLASS_ORDER.get(b.priceClass) ?? 0);
  return bought || cls || (a.rows[0] ?? 0) - (b.rows[0] ?? 0);
}

function toQuoteLines(plan: readonly PlanLine[], book: PriceBook | undefined): ItemLine[] {
  return [...plan].sort(order).map((l, i) => {
    const { unitPrice, priceSource, priceRow } = price(l, book);
    const line: QuoteLine & { item?: string | undefined } = {
      no: i + 1,
      sku: l.sku,
      product: l.product,
      priceClass: l.priceClass,
      quantity: l.quantity,
      purchase: isPurchase(l.priceClass),
      unitPrice,
      amount: unitPrice === null ? null : exactOrNull(unitPrice * l.quantity),
      priceSource,
      rows: l.rows,
    };
    if (priceRow !== undefined) line.priceRow = priceRow;
    if (l.item !== undefined) line.item = l.item;
    return line;
  });
}

/** A quote line as the quote shows it (the item id is for the packs' rules only). */
const shown = ({ item: _item, ...line }: ItemLine): QuoteLine => line;

/** An amount, or null when it is beyond exact yen (the line is then named in an AMOUNT_TOO_LARGE note). */
const exactOrNull = (n: number): number | null => (exactYen(n) ? n : null);

/** A sum of amounts, or null when it is beyond exact yen. */
const sumOrNull = (amounts: readonly (number | null)[]): number | null =>
  amounts.some((a) => a === null) ? null : exactOrNull(amounts.reduce<number>((n, a) => n + (a ?? 0), 0));

/** Per price class of the bought lines; without a price book there is nothing to add up (amounts null). */
function subtotals(lines: readonly QuoteLine[], book: PriceBook | undefined): Subtotal[] {
  const out: Subtotal[] = [];
  for (const c of PRICE_CLASSES) {
    const of = lines.filter((l) => l.purchase && l.priceClass === c);
    if (of.length === 0) continue;
    const priced = book === undefined ? [] : of.filter((l) => l.amount !== null);
    const amount = priced.length === 0 ? null : sumOrNull(priced.map((l) => l.amount));
    out.push({
      priceClass: c,
      quantity: of.reduce((n, l) => n + l.quantity, 0),
      amount,
      complete: priced.length === of.length && (priced.length === 0 || amount !== null),
    });
  }
  return out;
}

function total(subs: readonly Subtotal[]): Total {
  const priced = subs.filter((s) => s.amount !== null);
  const amount = priced.length === 0 ? null : sumOrNull(priced.map((s) => s.amount));
  return { amount, complete: subs.every((s) => s.complete) && (priced.length === 0 || amount !== null) };
}

/** "No price" said once, for every bought line the price book leaves unpriced; never as zero. */
function priceNotes(lines: readonly QuoteLine[], book: PriceBook | undefined): QuoteNote[] {
  if (book === undefined) return lines.some((l) => l.purchase) ? [{ code: "NO_PRICE_BOOK", severity: "info" }] : [];
  const missing = lines.filter((l) => l.purchase && l.unitPrice === null);
  return [linesNote("NO_PRICE", missing, {})].filter((n) => n !== undefined);
}

/** Lines whose amount, or whose subtotal or the total, is beyond exact yen: said once, never summed wrong. */
function tooLargeNotes(
  lines: readonly QuoteLine[],
  subs: readonly Subtotal[],
  sum: Total,
  book: PriceBook | undefined,
): QuoteNote[] {
  if (book === undefined) return []; // nothing is summed without a price book
  const priced = (l: QuoteLine): boolean => l.purchase && l.amount !== null;
  // a sum is null only when nothing under it is priced, or when it overflowed
  const overflowed = new Set(
    subs
      .filter((s) => s.amount === null && lines.some((l) => priced(l) && l.priceClass === s.priceClass))
      .map((s) => s.priceClass),
  );
  const totalOverflowed = sum.amount === null && subs.some((s) => s.amount !== null);
  const named = lines.filter(
    (l) =>
      l.purchase && l.unitPrice !== null && (l.amount === null || overflowed.has(l.priceClass) || (totalOverflowed && priced(l))),
  );
  const max = groupDigits(Number.MAX_SAFE_INTEGER);
  return [linesNote("AMOUNT_TOO_LARGE", named, { max })].filter((n) => n !== undefined);
}

function linesNote(code: QuoteNote["code"], of: readonly QuoteLine[], params: Record<string, string>): QuoteNote | undefined {
  if (of.length === 0) return undefined;
  const rows = [...new Set(of.flatMap((l) => l.rows))].sort((a, b) => a - b);
  const nos = of.map((l) => l.no);
  return { code, severity: "warning", params: { count: of.length, lines: nos.join(", "), ...params }, rows, lines: nos };
}

/**
 * The quote of one evaluated inventory (SPEC §7): one line per (SKU or product, price class) with the total
 * quantity, CL/Win re-packed on the total (J4), prices from the price book, subtotals per class and a total of the
 * priced lines, every row finding once, and what each pack's quote rules add (J4 re-packing, J13 applications,
 * EA renewals per customer number…).
 */
export function quote(results: readonly RowResult[], priceBook?: PriceBook, options: QuoteOptions = {}): Quote {
  const { holdings, ...meta } = options;
  let plan = groupLines(results);
  const planNotes: QuoteNote[] = [];
  for (const rules of RULES) {
    if (!rules.plan) continue;
    const planned = rules.plan(plan, priceBook);
    plan = planned.lines;
    planNotes.push(...planned.notes);
  }
  const lines = toQuoteLines(plan, priceBook);
  const applications: Application[] = [];
  const renewals: RenewalGroup[] = [];
  const finishNotes: QuoteNote[] = [];
  for (const rules of RULES) {
    const finished = rules.finish?.(lines, { results, book: priceBook, holdings: holdings ?? [] });
    applications.push(...(finished?.applications ?? []));
    renewals.push(...(finished?.renewals ?? []));
    finishNotes.push(...(finished?.notes ?? []));
  }
  const subs = subtotals(lines, priceBook);
  const sum = total(subs);
  return {
    meta,
    priced: priceBook !== undefined,
    lines: lines.map(shown),
    subtotals: subs,
    total: sum,
    applications,
    renewals,
    warnings: groupFindings(results),
    notes: [
      ...(priceBook?.notes ?? []),
      ...priceNotes(lines, priceBook),
      ...tooLargeNotes(lines, subs, sum, priceBook),
      ...planNotes,
      ...finishNotes,
    ],
  };
}

/** The quote of what annotateValues returned: the holdings come from the inventory it read. */
export function quoteAnnotated(annotated: Annotated, priceBook?: PriceBook, meta: QuoteMeta = {}): Quote {
  const { rowNumbers, reads } = annotated.inventory;
  const holdings = reads.flatMap(({ holding: h }, i): RowFacts[] =>
    h ? [{ row: rowNumbers[i] as number, customerNo: h.customerNo, supportEnd: h.supportEnd }] : [],
  );
  return quote(annotated.results, priceBook, { ...meta, holdings });
}
