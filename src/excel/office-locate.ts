// Finding the inventory on the active sheet (SPEC §2): the Excel table holding the active cell, else the sheet's
// first table, else the used range. Three requests whatever the sheet's size; the head is at most 20 rows.
import { areaAddress } from "./a1";
import { runExcel, supports } from "./office-run";
import type { Area, Cell, Located } from "./workbook-host";

const HEAD_ROWS = 20; // SPEC §2: the header is one of the first 20 rows

type Geometry = Pick<Excel.Range, "rowIndex" | "columnIndex" | "rowCount" | "columnCount">;

const toArea = (r: Geometry): Area => ({ top: r.rowIndex, left: r.columnIndex, rows: r.rowCount, columns: r.columnCount });

const contains = (a: Area, row: number, column: number): boolean =>
  row >= a.top && row < a.top + a.rows && column >= a.left && column < a.left + a.columns;

export function locateInventory(): Promise<Located | undefined> {
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load("id,name,protection/protected");
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    const active = context.workbook.getActiveCell();
    active.load("rowIndex,columnIndex");
    const tables = sheet.tables.load("items/name");
    // AutoFilter.isDataFiltered is ExcelApi 1.9; without it a filter shows up as a FilteredRangeConflict on write.
    const filters = supports("1.9");
    const sheetFilter = filters ? sheet.autoFilter.load("isDataFiltered") : undefined;
    // Office.js has no date-system property: DATE(1904,1,1) is serial 0 on the 1904 system, 1462 on the 1900 one.
    const epoch = context.workbook.functions.date(1904, 1, 1).load("value");
    await context.sync();

    const tableRanges = tables.items.map((t) => ({
      name: t.name,
      range: t.getRange().load("rowIndex,columnIndex,rowCount,columnCount"),
      totals: t.load("showTotals"),
      filter: filters ? t.autoFilter.load("isDataFiltered") : undefined,
    }));
    await context.sync();

    // A table's totals row (集計行) sums the rows above it: it is not an inventory row and gets no output.
    const withArea = tableRanges.map((t) => {
      const area = toArea(t.range);
      return { ...t, area: t.totals.showTotals ? { ...area, rows: area.rows - 1 } : area };
    });
    const table = withArea.find((t) => contains(t.area, active.rowIndex, active.columnIndex)) ?? withArea[0];
    if (!table && used.isNullObject) return undefined;
    const usedArea: Area | undefined = used.isNullObject ? undefined : toArea(used);
    const area = table ? table.area : (usedArea as Area);
    const usedRight = usedArea ? usedArea.left + usedArea.columns : area.left + area.columns;
    const width = Math.max(area.left + area.columns, usedRight) - area.left;
    const head = sheet.getRangeByIndexes(area.top, area.left, Math.min(HEAD_ROWS, area.rows), width).load("values");
    await context.sync();

    const located: Located = {
      sheetId: sheet.id,
      sheetName: sheet.name,
      source: table ? { kind: "table", name: table.name } : { kind: "range" },
      area,
      usedRight,
      head: head.values as Cell[][],
      address: areaAddress(area),
      protected: sheet.protection.protected,
      filtered: filters ? sheetFilter?.isDataFiltered === true || table?.filter?.isDataFiltered === true : false,
      date1904: epoch.value === 0,
    };
    return located;
  });
}
