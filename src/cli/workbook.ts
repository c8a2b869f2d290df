// exceljs at the edge: sheet values in, our output columns out. Nothing here decides anything.
import ExcelJS from "exceljs";
import type { Inventory } from "../core/inventory/read";
import type { Lang, RowResult } from "../core/model";
import { OUTPUT_COLUMNS } from "../core/output-columns";
import { outputHeaders, renderRow } from "../core/render";

/** A sheet's values as 0-based rows of 0-based cells (exceljs rows and columns are 1-based and sparse). */
export function sheetValues(ws: ExcelJS.Worksheet): unknown[][] {
  const raw = ws.getSheetValues() as unknown[];
  const values: unknown[][] = new Array(Math.max(raw.length - 1, 0));
  for (let r = 1; r < raw.length; r++) {
    const row = raw[r];
    values[r - 1] = Array.isArray(row) ? row.slice(1) : [];
  }
  return values;
}

const SUPPORT_END = OUTPUT_COLUMNS.findIndex((c) => c.key === "supportEnd");
const WARNINGS = OUTPUT_COLUMNS.findIndex((c) => c.key === "warnings");
const FILL_ERROR: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } };
const FILL_WARNING: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFEB9C" } };
const WRAP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "top" };
export const DATE_FORMAT = "yyyy/mm/dd";

/** 1-based column of our first output column: the existing block when the header has it, else right of everything. */
export function outputColumn(ws: ExcelJS.Worksheet, inventory: Inventory, values: readonly (readonly unknown[])[]): number {
  if (inventory.outputStart !== undefined) return inventory.outputStart + 1;
  const widest = values.reduce((m, r) => Math.max(m, r.length), 0);
  return Math.max(ws.columnCount, widest) + 1;
}

/** Write the output block (SPEC §3) for one inventory; input cells are never touched. */
export function writeOutput(
  ws: ExcelJS.Worksheet,
  inventory: Inventory,
  results: readonly RowResult[],
  start: number,
  lang: Lang,
): void {
  const header = ws.getRow(inventory.headerRow);
  outputHeaders(lang).forEach((h, k) => {
    const cell = header.getCell(start + k);
    cell.value = h;
    cell.font = { bold: true };
  });
  OUTPUT_COLUMNS.forEach((c, k) => {
    const column = ws.getColumn(start + k);
    column.width = c.key === "warnings" || c.key === "targetProduct" ? 48 : c.key === "supportEnd" ? 14 : 16;
  });
  const reused = inventory.outputStart !== undefined;
  for (const r of results) {
    const row = ws.getRow(r.row);
    const cells = renderRow(r, lang);
    const severity = r.findings.some((f) => f.severity === "error")
      ? "error"
      : r.findings.some((f) => f.severity === "warning")
        ? "warning"
        : undefined;
    cells.forEach((value, k) => {
      const cell = row.getCell(start + k);
      // Our own cell: whatever an earlier run left there (a fill, a format) goes with the old value.
      if (reused) cell.style = {};
      cell.value = value;
      if (typeof value === "string" && value.includes("\n")) cell.alignment = WRAP;
      if (k === SUPPORT_END && value !== null) cell.numFmt = DATE_FORMAT;
      if (k === WARNINGS && severity !== undefined) {
        cell.fill = severity === "error" ? FILL_ERROR : FILL_WARNING;
        cell.alignment = WRAP;
      }
    });
  }
  if (reused) clearStaleRows(ws, inventory, results, start);
}

/** Rows of our reused block that are no longer data rows (blanked since the last run) lose their old output. */
function clearStaleRows(ws: ExcelJS.Worksheet, inventory: Inventory, results: readonly RowResult[], start: number): void {
  const decided = new Set(results.map((r) => r.row));
  for (let r = inventory.headerRow + 1; r <= ws.rowCount; r++) {
    if (decided.has(r)) continue;
    const row = ws.getRow(r);
    OUTPUT_COLUMNS.forEach((_, k) => {
      const cell = row.getCell(start + k);
      if (cell.value !== null || cell.fill !== undefined) {
        cell.style = {};
        cell.value = null;
      }
    });
  }
}

export type LoadResult = { ok: true; workbook: ExcelJS.Workbook } | { ok: false; reason: "noFile" | "notXlsx" };

export async function loadWorkbook(file: string, exists: (f: string) => boolean): Promise<LoadResult> {
  if (!exists(file)) return { ok: false, reason: "noFile" };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === "EACCES" || code === "EISDIR" ? "noFile" : "notXlsx" };
  }
  return { ok: true, workbook };
}
