// exceljs at the edge: sheet values in, our output block out (written by ./xlsx-patch). Nothing here decides anything.
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { DAYS_1900_TO_1904 } from "../core/dates";
import type { Inventory } from "../core/inventory/read";
import type { Lang, RowResult } from "../core/model";
import { OUTPUT_COLUMNS } from "../core/output-columns";
import { outputHeaders, renderRow } from "../render";
import { readPackage } from "./xlsx-package";
import type { OutputCellStyled, SheetPatch } from "./xlsx-patch";

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
const WIDTHS = OUTPUT_COLUMNS.map((c) =>
  c.key === "warnings" || c.key === "targetProduct" ? 48 : c.key === "supportEnd" ? 14 : 16,
);

/** 1-based column of our first output column: the existing block when the header has it, else right of everything. */
export function outputColumn(ws: ExcelJS.Worksheet, inventory: Inventory, values: readonly (readonly unknown[])[]): number {
  if (inventory.outputStart !== undefined) return inventory.outputStart + 1;
  const widest = values.reduce((m, r) => Math.max(m, r.length), 0);
  return Math.max(ws.columnCount, widest) + 1;
}

/**
 * The output block (SPEC §3) of one inventory, as cells for the file writer: headers in bold, multi-line cells wrapped,
 * 新サポート期限 as a date, and the 警告 cell highlighted on rows with a warning or an error. Input cells are not in it.
 * A reused block (an earlier run's) is ours: its rows that are no longer data rows are cleared.
 */
export function outputPatch(
  sheet: string,
  inventory: Inventory,
  results: readonly RowResult[],
  start: number,
  lang: Lang,
): SheetPatch {
  const rows = new Map<number, OutputCellStyled[]>();
  // A reused block keeps its headers (ours, in whichever language it was written): a table made over the block
  // names its columns after them, and Excel repairs a table whose header cells and column names differ.
  if (inventory.outputStart === undefined)
    rows.set(
      inventory.headerRow,
      outputHeaders(lang).map((value) => ({ value, style: "header" })),
    );
  for (const r of results) {
    const severity = r.findings.some((f) => f.severity === "error")
      ? "error"
      : r.findings.some((f) => f.severity === "warning")
        ? "warning"
        : undefined;
    rows.set(
      r.row,
      renderRow(r, lang).map((value, k): OutputCellStyled => ({
        value,
        style:
          k === WARNINGS && severity !== undefined
            ? severity
            : k === SUPPORT_END && value !== null
              ? "date"
              : typeof value === "string" && value.includes("\n")
                ? "wrap"
                : "plain",
      })),
    );
  }
  return {
    sheet,
    start,
    widths: WIDTHS,
    rows,
    ...(inventory.outputStart !== undefined && { clearBelow: inventory.headerRow }),
  };
}

/** exceljs's load takes an ArrayBuffer (its own `Buffer` type), not a Node Buffer, which may be a view of a larger one. */
export const arrayBuffer = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

export type LoadResult = { ok: true; workbook: ExcelJS.Workbook; bytes: Buffer } | { ok: false; reason: "noFile" | "notXlsx" };

/** The workbook read by exceljs, and its bytes, which the annotated copy is written from. */
export async function loadWorkbook(file: string, exists: (f: string) => boolean): Promise<LoadResult> {
  if (!exists(file)) return { ok: false, reason: "noFile" };
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return { ok: false, reason: "noFile" }; // a folder, or no permission to read
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(arrayBuffer(bytes));
    await followDateSystem(workbook, bytes);
  } catch {
    return { ok: false, reason: "notXlsx" };
  }
  return { ok: true, workbook, bytes };
}

/**
 * exceljs knows a 1904 date-system workbook only by date1904="1"; one saying "true" (LibreOffice writes that) has
 * its date cells turned into days 1462 days early. Set them right by the flag the copy is written by (readPackage).
 */
async function followDateSystem(workbook: ExcelJS.Workbook, bytes: Buffer): Promise<void> {
  if (workbook.properties.date1904 === true || !(await readPackage(await JSZip.loadAsync(bytes))).date1904) return;
  workbook.properties.date1904 = true;
  const later = (d: Date): Date => new Date(d.getTime() + DAYS_1900_TO_1904 * 86_400_000);
  for (const ws of workbook.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (v instanceof Date) cell.value = later(v);
        else if (v !== null && typeof v === "object" && "result" in v && v.result instanceof Date) {
          cell.value = { ...v, result: later(v.result) } as ExcelJS.CellValue;
        }
      }),
    );
  }
}
