// 見積作成 (SPEC §7): the finished run's results (+ the workbook's 価格表 / Price book sheet) → the quote, on a new
// sheet (見積, 見積 (2), …), written in chunks like the output columns. The quote itself is the core's (src/core/quote).
import type { IsoDate } from "../core/model";
import type { QuoteSheet } from "../render";
import { priceBookSheetName, quoteAnnotated } from "../core/quote";
import { CURRENCY_FORMAT, QUOTE_DATE_FORMAT, quoteSheetName, quoteSheetValues, readPriceBook } from "../render";
import type { Cell, FormatRun, WorkbookHost } from "../excel/workbook-host";
import type { ChunkLimits } from "./job/chunks";
import { planWriteChunks } from "./job/chunks";
import type { Finished } from "./use-run";

/** Excel column width in points for a width in characters of the default font (7 px a character + 5 px padding). */
const points = (chars: number): number => Math.round((chars * 7 + 5) * 0.75);

/** The quote's number formats as runs of consecutive rows in one column. */
export function formatRuns(sheet: QuoteSheet): FormatRun[] {
  const runs: FormatRun[] = [];
  const sorted = [...sheet.formats].sort((a, b) => a.col - b.col || a.row - b.row);
  for (const f of sorted) {
    const format = f.format === "currency" ? CURRENCY_FORMAT : QUOTE_DATE_FORMAT;
    const last = runs.at(-1);
    if (last && last.column === f.col && last.format === format && last.row + last.rows === f.row)
      runs[runs.length - 1] = { ...last, rows: last.rows + 1 };
    else runs.push({ row: f.row, column: f.col, rows: 1, format });
  }
  return runs;
}

/** Runs cut to the rows [top, top + count). */
function runsWithin(runs: readonly FormatRun[], top: number, count: number): FormatRun[] {
  return runs.flatMap((r) => {
    const from = Math.max(r.row, top);
    const to = Math.min(r.row + r.rows, top + count);
    return to > from ? [{ ...r, row: from, rows: to - from }] : [];
  });
}

export interface BuiltQuote {
  /** The new sheet's name (見積, 見積 (2), …). */
  readonly name: string;
  /** Its print layout (A4 landscape) was set: an Excel before ExcelApi 1.9 cannot. */
  readonly pageLayout: boolean;
}

/** Build the quote sheet. Existing sheets are only read (the price book), never written. */
export async function buildQuote(
  host: WorkbookHost,
  finished: Finished,
  today: IsoDate,
  limits: ChunkLimits,
): Promise<BuiltQuote> {
  const names = await host.sheetNames();
  const bookName = priceBookSheetName(names);
  const book = bookName === undefined ? undefined : readPriceBook(await host.readSheet(bookName), { sheet: bookName });
  const meta = { asOf: finished.ctx.asOf, date: today, sheet: finished.sheetName };
  // the core's dates are 1900-system serials unless told the workbook counts from 1904
  const date1904 = finished.evaluated.layout.date1904;
  const sheet = quoteSheetValues(quoteAnnotated(finished.evaluated.annotated, book, meta), finished.lang, date1904);
  const name = quoteSheetName(names, finished.lang);
  const id = await host.addSheet(name);
  const values: Cell[][] = sheet.values.map((r) => r.map((v) => v ?? ""));
  const runs = formatRuns(sheet);
  for (const c of planWriteChunks(values, limits)) {
    await host.writeRows(id, c.start, values.slice(c.start, c.start + c.count), runsWithin(runs, c.start, c.count));
  }
  const styled = await host.styleSheet(id, {
    rows: values.length,
    columns: sheet.widths.length,
    boldRows: sheet.boldRows,
    headerRows: sheet.headerRows,
    widths: sheet.widths.map(points),
    wrapColumns: sheet.wrapColumns,
    landscape: sheet.pageSetup.orientation === "landscape",
  });
  return { name, pageLayout: styled.pageLayout };
}
