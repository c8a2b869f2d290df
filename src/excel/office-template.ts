// Inserting a fresh inventory sheet (issue 5): headers, drop-down lists (data validation) and one example row.
import { runExcel, supports } from "./office-run";
import type { TemplateSheet } from "./workbook-host";

/** "棚卸", "棚卸 (2)", … : the first name the workbook does not have yet (Excel compares names case-insensitively). */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  let name = wanted;
  for (let i = 2; lower.has(name.toLowerCase()); i++) name = `${wanted} (${i})`;
  return name;
}

export function insertTemplate(t: TemplateSheet): Promise<{ name: string; lists: boolean }> {
  return runExcel(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();

    const name = freeSheetName(
      t.name,
      sheets.items.map((s) => s.name),
    );
    const sheet = sheets.add(name);
    const width = t.headers.length;
    const header = sheet.getRangeByIndexes(0, 0, 1, width);
    header.values = [[...t.headers]];
    header.format.font.bold = true;
    header.format.fill.color = "#DDEBF7";
    sheet.getRangeByIndexes(1, 0, 1, width).values = [[...t.example]];
    // Range.dataValidation is ExcelApi 1.8: an older Excel gets the sheet without its drop-down lists.
    const lists = supports("1.8");
    if (lists) {
      for (const list of t.lists) {
        const cells = sheet.getRangeByIndexes(1, list.column, t.rows, 1);
        cells.dataValidation.clear();
        cells.dataValidation.rule = { list: { inCellDropDown: true, source: list.words.join(",") } };
      }
    }
    sheet.getRangeByIndexes(0, 0, t.rows + 1, width).format.autofitColumns();
    sheet.freezePanes.freezeRows(1);
    sheet.activate();
    await context.sync();
    return { name, lists: lists || t.lists.length === 0 };
  });
}
