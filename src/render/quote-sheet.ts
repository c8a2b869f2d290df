// SPEC §7: Quote → the cells of a new sheet (見積 / Quote) plus formatting hints; the adapters (exceljs, the Excel host)
// only apply them. Printable on A4 landscape. Never written over the inventory: the sheet is always a new one.
import { isoToSerial, workbookSerial } from "../core/dates";
import type { IsoDate, Lang } from "../core/model";
import type { Quote, QuoteLine } from "../core/quote";
import { rowsText } from "../core/quote";
import { findingMessage, priceClassLabel, severityLabel } from "../i18n";
import type { QuoteLabel } from "../i18n/quote";
import { quoteLabel, quoteNoteMessage } from "../i18n/quote";

export type QuoteCell = string | number | null;

export const CURRENCY_FORMAT = "¥#,##0";
export const QUOTE_DATE_FORMAT = "yyyy/mm/dd";
/** Excel page setup: landscape, A4 (paper size 9), one page wide. */
export const QUOTE_PAGE_SETUP = {
  orientation: "landscape",
  paperSize: 9,
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
} as const;

export interface QuoteSheet {
  /** Rectangular (every row as wide as `widths`), as an Excel range's values want it. */
  readonly values: QuoteCell[][];
  /** 0-based cells to show as ¥#,##0 or as a date. */
  readonly formats: { readonly row: number; readonly col: number; readonly format: "currency" | "date" }[];
  readonly boldRows: number[];
  /** Table header rows (bold, shaded). */
  readonly headerRows: number[];
  /** Column widths in characters, and which columns wrap their text. */
  readonly widths: readonly number[];
  readonly wrapColumns: readonly number[];
  readonly pageSetup: typeof QUOTE_PAGE_SETUP;
}

// A No. · B 型番 · C 製品名 · D 価格区分 · E 数量 · F 単価 · G 金額 · H 対象行 · I 備考
const WIDTHS = [6, 16, 52, 20, 8, 14, 16, 14, 40] as const;
const [PRODUCT, UNIT, AMOUNT, REMARKS] = [2, 5, 6, 8];

function lineRemark(l: QuoteLine, priced: boolean): QuoteLabel | undefined {
  if (!l.purchase) return "notPurchased";
  if (l.amount === null) return l.unitPrice !== null ? "amountTooLarge" : priced ? "noPrice" : undefined;
  return l.priceSource === "free" ? "free" : undefined;
}

/**
 * Build the quote sheet's cells, top to bottom: header block, lines, subtotals and total, applications, renewals, notes.
 * Dates are serials of the date system of the workbook the sheet goes into (`date1904`: an old Mac workbook's).
 */
export function quoteSheetValues(q: Quote, lang: Lang, date1904 = false): QuoteSheet {
  const values: QuoteCell[][] = [];
  const formats: QuoteSheet["formats"] = [];
  const boldRows: number[] = [];
  const headerRows: number[] = [];
  const L = (k: QuoteLabel): string => quoteLabel(k, lang);
  const add = (cells: QuoteCell[], style?: "bold" | "header"): number => {
    values.push([...cells, ...Array<QuoteCell>(Math.max(WIDTHS.length - cells.length, 0)).fill(null)]);
    const r = values.length - 1;
    if (style === "bold") boldRows.push(r);
    if (style === "header") headerRows.push(r);
    return r;
  };
  const money = (r: number, col: number, v: number | null): void => {
    if (v !== null) formats.push({ row: r, col, format: "currency" });
  };
  /** A real Excel date (serial) at the row about to be added. */
  const date = (r: number, col: number, v: IsoDate | null): QuoteCell => {
    if (v === null) return null;
    formats.push({ row: r, col, format: "date" });
    return workbookSerial(isoToSerial(v), date1904);
  };

  add([L("title")], "bold");
  if (q.meta.customer !== undefined) add([null, L("customer"), q.meta.customer]);
  if (q.meta.date !== undefined) add([null, L("date"), date(values.length, PRODUCT, q.meta.date)]);
  if (q.meta.asOf !== undefined) add([null, L("asOf"), date(values.length, PRODUCT, q.meta.asOf)]);
  if (q.meta.sheet !== undefined) add([null, L("sheet"), q.meta.sheet]);
  add([]);

  add(
    [L("no"), L("sku"), L("product"), L("priceClass"), L("quantity"), L("unitPrice"), L("amount"), L("rows"), L("remarks")],
    "header",
  );
  for (const l of q.lines) {
    const remark = lineRemark(l, q.priced);
    const r = add([
      l.no,
      l.sku,
      l.product,
      priceClassLabel(l.priceClass, lang),
      l.quantity,
      l.unitPrice,
      l.amount,
      rowsText(l.rows),
      remark ? L(remark) : null,
    ]);
    money(r, UNIT, l.unitPrice);
    money(r, AMOUNT, l.amount);
  }
  // Without a price book the subtotals still count licences; the NO_PRICE_BOOK note says why there is no total.
  for (const s of q.subtotals) {
    const remark = !q.priced || s.complete ? null : s.amount === null ? L("noPrice") : L("partial");
    const label = quoteLabel("subtotal", lang, { class: priceClassLabel(s.priceClass, lang) });
    money(add([null, null, label, null, s.quantity, null, s.amount, null, remark]), AMOUNT, s.amount);
  }
  if (q.priced) {
    const totalLabel = q.total.complete ? L("total") : L("totalIncomplete");
    money(
      add(
        [null, null, totalLabel, null, null, null, q.total.amount, null, q.total.amount === null ? L("noPrice") : null],
        "bold",
      ),
      AMOUNT,
      q.total.amount,
    );
  }

  if (q.applications.length > 0) {
    add([]);
    add([L("applications")], "bold");
    add([L("no"), L("sku"), L("product"), null, L("quantity"), null, null, L("rows"), L("contactField")], "header");
    q.applications.forEach((a, i) => add([i + 1, a.sku, a.product, null, a.quantity, null, null, rowsText(a.rows), a.text]));
  }

  if (q.renewals.length > 0) {
    add([]);
    add([L("renewals")], "bold");
    add([null, L("customerNo"), L("product"), L("priceClass"), L("quantity"), L("currentEnd"), L("newEnd"), L("rows")], "header");
    for (const g of q.renewals) {
      for (const it of g.items) {
        const r = values.length;
        const ends = [date(r, UNIT, it.currentEnd), date(r, AMOUNT, it.newEnd)];
        add([
          null,
          g.customerNo ?? L("noCustomerNo"),
          it.product,
          priceClassLabel(it.priceClass, lang),
          it.quantity,
          ...ends,
          String(it.row),
        ]);
      }
    }
  }

  const notes = [
    ...q.notes.map((n) => [severityLabel(n.severity, lang), quoteNoteMessage(n, lang), rowsText(n.rows ?? [])] as const),
    ...q.warnings.map((w) => [severityLabel(w.severity, lang), findingMessage(w, lang), rowsText(w.rows)] as const),
  ];
  if (notes.length > 0) {
    add([]);
    add([L("notes")], "bold");
    add([null, L("severity"), L("message"), null, null, null, null, L("rows")], "header");
    for (const [severity, message, rows] of notes) add([null, severity, message, null, null, null, null, rows || null]);
  }
  return { values, formats, boldRows, headerRows, widths: WIDTHS, wrapColumns: [PRODUCT, REMARKS], pageSetup: QUOTE_PAGE_SETUP };
}
