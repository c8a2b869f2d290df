// Whole sheets for the quote (SPEC §7): list, read the price book, add the quote sheet, write its rows in chunks,
// style it. The quote always goes to a new sheet; nothing here writes to an existing one.
import { runExcel, supports } from "./office-run";
import type { Cell, FormatRun, SheetStyle } from "./workbook-host";
import { cellFormats } from "./text-format";

const HEADER_FILL = "#D9E1F2";

export function sheetNames(): Promise<string[]> {
  return runExcel(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    return sheets.items.map((s) => s.name);
  });
}

export function readSheet(name: string): Promise<Cell[][]> {
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(name);
    const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    if (used.isNullObject) return [];
    const all = sheet.getRangeByIndexes(0, 0, used.rowIndex + used.rowCount, used.columnIndex + used.columnCount).load("values");
    await context.sync();
    return all.values as Cell[][];
  });
}

export function addSheet(name: string): Promise<string> {
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.add(name).load("id");
    await context.sync();
    return sheet.id;
  });
}

export function writeRows(
  sheetId: string,
  top: number,
  values: readonly (readonly Cell[])[],
  formats: readonly FormatRun[],
): Promise<void> {
  return runExcel(async (context) => {
    context.application.suspendApiCalculationUntilNextSync();
    const sheet = context.workbook.worksheets.getItem(sheetId);
    const fixed = (r: number, c: number): string | undefined =>
      formats.find((f) => f.column === c && top + r >= f.row && top + r < f.row + f.rows)?.format;
    const range = sheet.getRangeByIndexes(top, 0, values.length, values[0]?.length ?? 1);
    range.numberFormat = cellFormats(values, fixed);
    range.values = values.map((r) => [...r]);
    await context.sync();
  });
}

export function styleSheet(sheetId: string, style: SheetStyle): Promise<{ pageLayout: boolean }> {
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetId);
    const row = (r: number): Excel.Range => sheet.getRangeByIndexes(r, 0, 1, style.columns);
    for (const r of style.boldRows) row(r).format.font.bold = true;
    for (const r of style.headerRows) {
      row(r).format.font.bold = true;
      row(r).format.fill.color = HEADER_FILL;
    }
    style.widths.forEach((w, c) => (sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w));
    for (const c of style.wrapColumns) {
      const column = sheet.getRangeByIndexes(0, c, Math.max(1, style.rows), 1);
      column.format.wrapText = true;
      column.format.verticalAlignment = "Top";
    }
    // Worksheet.pageLayout is ExcelApi 1.9: an older Excel prints the quote with its defaults.
    const pageLayout = style.landscape && supports("1.9");
    if (pageLayout) {
      sheet.pageLayout.orientation = "Landscape";
      sheet.pageLayout.paperSize = "A4";
      sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    }
    sheet.activate();
    await context.sync();
    return { pageLayout: pageLayout || !style.landscape };
  });
}
