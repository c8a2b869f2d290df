// exceljs at the edge (SPEC §7): read the price-book sheet, write the quote to a new sheet. Nothing here decides.
import type ExcelJS from "exceljs";
import type { Lang } from "../core/model";
import type { PriceBook, Quote } from "../core/quote";
import { priceBookSheetName } from "../core/quote";
import { CURRENCY_FORMAT, QUOTE_DATE_FORMAT, quoteSheetName, quoteSheetValues, readPriceBook } from "../render";
import { sheetValues } from "./workbook";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };

/** The workbook's price book (sheet 価格表 / Price book), or undefined when it has none or no header is found. */
export function readWorkbookPriceBook(workbook: ExcelJS.Workbook): PriceBook | undefined {
  const name = priceBookSheetName(workbook.worksheets.map((w) => w.name));
  const ws = name === undefined ? undefined : workbook.getWorksheet(name);
  return ws === undefined ? undefined : readPriceBook(sheetValues(ws), { sheet: ws.name });
}

/**
 * Add the quote as a new sheet (見積, or 見積 (2)… when a name is taken: by the workbook's sheets, or by `taken`
 * when the sheet is made in a workbook of its own to be added to another); existing sheets are never written.
 */
export function addQuoteSheet(
  workbook: ExcelJS.Workbook,
  quote: Quote,
  lang: Lang,
  taken: readonly string[] = [],
  /** The workbook the sheet ends up in counts dates from 1904. */
  date1904 = false,
): ExcelJS.Worksheet {
  const sheet = quoteSheetValues(quote, lang, date1904);
  const ws = workbook.addWorksheet(quoteSheetName([...taken, ...workbook.worksheets.map((w) => w.name)], lang), {
    pageSetup: { ...sheet.pageSetup, margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 } },
  });
  sheet.widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  sheet.values.forEach((cells, r) => {
    const row = ws.getRow(r + 1);
    cells.forEach((v, c) => {
      if (v !== null) row.getCell(c + 1).value = v;
    });
  });
  for (const c of sheet.wrapColumns) ws.getColumn(c + 1).alignment = { wrapText: true, vertical: "top" };
  for (const f of sheet.formats)
    ws.getCell(f.row + 1, f.col + 1).numFmt = f.format === "currency" ? CURRENCY_FORMAT : QUOTE_DATE_FORMAT;
  for (const r of sheet.boldRows) ws.getRow(r + 1).font = { bold: true };
  for (const r of sheet.headerRows) {
    const row = ws.getRow(r + 1);
    row.font = { bold: true };
    sheet.widths.forEach((_, c) => {
      row.getCell(c + 1).fill = HEADER_FILL;
    });
  }
  return ws;
}
