// Writing our output block (SPEC §3): one request for the header and formats, then one request per chunk of rows.
// Calculation (and, where the host has ExcelApi 1.9, screen updating) is suspended during each chunk's request.
import { OUTPUT_DATE_FORMAT } from "../core/output-columns";
import { runExcel, supports } from "./office-run";
import { cellFormats } from "./text-format";
import type { Cell, OutputFrame } from "./workbook-host";

const HEADER_FILL = "#DDEBF7";
const ERROR_FILL = { fill: "#FFC7CE", font: "#9C0006" }; // Excel's "light red fill with dark red text"
const WARNING_FILL = { fill: "#FFEB9C", font: "#9C5700" }; // Excel's "yellow fill with dark yellow text"

function addMarkRule(range: Excel.Range, text: string, colours: { fill: string; font: string }, priority: number): void {
  const cf = range.conditionalFormats.add("ContainsText");
  cf.textComparison.format.fill.color = colours.fill;
  cf.textComparison.format.font.color = colours.font;
  cf.textComparison.rule = { operator: "Contains", text };
  cf.priority = priority;
  cf.stopIfTrue = true;
}

export function prepareOutput(sheetId: string, frame: OutputFrame): Promise<void> {
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetId);
    const header = sheet.getRangeByIndexes(frame.headerTop, frame.left, 1, frame.headers.length);
    header.values = [[...frame.headers]];
    header.format.font.bold = true;
    header.format.fill.color = HEADER_FILL;
    header.format.wrapText = true;
    frame.widths?.forEach((width, i) => {
      sheet.getRangeByIndexes(frame.headerTop, frame.left + i, 1, 1).format.columnWidth = width;
    });
    if (frame.dataRows > 0) {
      // Only the warnings cells of our block: our own rules replace what an earlier run left there.
      const warnings = sheet.getRangeByIndexes(frame.dataTop, frame.left + frame.warningsColumn, frame.dataRows, 1);
      warnings.conditionalFormats.clearAll();
      addMarkRule(warnings, frame.marks.error, ERROR_FILL, 0);
      addMarkRule(warnings, frame.marks.warning, WARNING_FILL, 1);
    }
    await context.sync();
  });
}

export function writeCells(
  sheetId: string,
  top: number,
  left: number,
  values: readonly (readonly Cell[])[],
  dateColumn: number,
): Promise<void> {
  return runExcel(async (context) => {
    context.application.suspendApiCalculationUntilNextSync();
    if (supports("1.9")) context.application.suspendScreenUpdatingUntilNextSync();
    const sheet = context.workbook.worksheets.getItem(sheetId);
    const width = values[0]?.length ?? 0;
    const block = sheet.getRangeByIndexes(top, left, values.length, width);
    block.numberFormat = cellFormats(values, (_, c) => (c === dateColumn ? OUTPUT_DATE_FORMAT : undefined));
    block.values = values.map((row) => [...row]);
    block.format.wrapText = true;
    block.format.verticalAlignment = "Top";
    await context.sync();
  });
}

export function finish(): Promise<void> {
  return runExcel(async (context) => {
    // suspendApiCalculationUntilNextSync leaves recalculation to us: formulas that read our columns must see them.
    context.workbook.application.calculate("Recalculate");
    await context.sync();
  });
}
