// An in-memory workbook: the state the fake Excel API (api.ts) reads and changes. Plain data, so tests can set up a
// sheet in one line and look at every cell, format and rule the task pane left behind.
export type Cell = string | number | boolean;
export interface Rect {
  top: number;
  left: number;
  rows: number;
  columns: number;
}

export interface FakeTable {
  name: string;
  /** The whole table: header, data rows and, when showTotals, the totals row. */
  area: Rect;
  filtered: boolean;
  showTotals?: boolean;
}

export interface FakeConditionalFormat {
  area: Rect;
  type: string;
  textComparison: { format: { fill: { color?: string }; font: { color?: string } }; rule?: { operator: string; text: string } };
  priority?: number;
  stopIfTrue?: boolean;
}

export interface FakeSheet {
  id: string;
  name: string;
  cells: Cell[][];
  numberFormats: Map<string, string>;
  /** Formulas by "row,column"; a formula cell's value is what it shows (often ""). */
  formulas: Map<string, string>;
  /** Format assignments in order, last one wins: { area, key: "wrapText" | "font.bold" | …, value }. */
  formats: { area: Rect; key: string; value: unknown }[];
  conditionalFormats: FakeConditionalFormat[];
  validations: { area: Rect; rule: unknown }[];
  tables: FakeTable[];
  merged: Rect[];
  protected: boolean;
  filtered: boolean;
  frozenRows: number;
  /** Page layout settings as assigned: orientation, paperSize, zoom. */
  pageLayout: Record<string, unknown>;
  /** Row areas of the last selection, e.g. ["5:7", "9:9"]. */
  selection: string[];
}

export const inside = (r: Rect, row: number, column: number): boolean =>
  row >= r.top && row < r.top + r.rows && column >= r.left && column < r.left + r.columns;

export const overlaps = (a: Rect, b: Rect): boolean =>
  a.top < b.top + b.rows && b.top < a.top + a.rows && a.left < b.left + b.columns && b.left < a.left + a.columns;

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  activeSheetId = "";
  activeCell = { row: 0, column: 0 };
  /** A person is typing in a cell: every request fails with InvalidOperationInCellEditMode. */
  editing = false;
  /** The workbook counts dates from 1904 (made on an old Mac): DATE() and date cells give serials of that system. */
  date1904 = false;
  calculations = 0;
  /** worksheets.onActivated handlers registered through the API. */
  readonly activatedHandlers = new Set<(event: { worksheetId: string }) => Promise<unknown>>();
  private nextId = 1;

  /** The person (or the add-in) activates a sheet: Excel raises onActivated. */
  async activate(sheetId: string): Promise<void> {
    if (sheetId === this.activeSheetId) return;
    this.activeSheetId = sheetId;
    for (const h of [...this.activatedHandlers]) await h({ worksheetId: sheetId });
  }

  addSheet(name: string, rows: Cell[][] = [], at: { top: number; left: number } = { top: 0, left: 0 }): FakeSheet {
    const sheet: FakeSheet = {
      id: `{sheet-${this.nextId++}}`,
      name,
      cells: [],
      numberFormats: new Map(),
      formulas: new Map(),
      formats: [],
      conditionalFormats: [],
      validations: [],
      tables: [],
      merged: [],
      protected: false,
      filtered: false,
      frozenRows: 0,
      pageLayout: {},
      selection: [],
    };
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    if (rows.length > 0) setArea(sheet, at.top, at.left, rows);
    return sheet;
  }

  sheet(key: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === key || s.name.toLowerCase() === key.toLowerCase());
  }

  get active(): FakeSheet {
    const s = this.sheet(this.activeSheetId);
    if (!s) throw new Error("no active sheet");
    return s;
  }
}

export function getCell(sheet: FakeSheet, row: number, column: number): Cell {
  return sheet.cells[row]?.[column] ?? "";
}

export function setArea(sheet: FakeSheet, top: number, left: number, values: readonly (readonly Cell[])[]): void {
  values.forEach((row, i) => {
    const target = (sheet.cells[top + i] ??= []);
    row.forEach((v, k) => {
      target[left + k] = v;
    });
  });
}

export function readArea(sheet: FakeSheet, r: Rect): Cell[][] {
  const out: Cell[][] = [];
  for (let i = 0; i < r.rows; i++) {
    const src = sheet.cells[r.top + i];
    const row: Cell[] = new Array<Cell>(r.columns);
    for (let k = 0; k < r.columns; k++) row[k] = src?.[r.left + k] ?? "";
    out.push(row);
  }
  return out;
}

/** Excel's used range with valuesOnly: the bounding box of non-empty cells, or null for an empty sheet. */
export function usedArea(sheet: FakeSheet): Rect | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  sheet.cells.forEach((row, r) => {
    row?.forEach((v, c) => {
      if (v === "" || v === undefined) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  return bottom < 0 ? null : { top, left, rows: bottom - top + 1, columns: right - left + 1 };
}

/** The last value a format key was given for one cell (e.g. "wrapText"), or undefined. */
export function formatAt(sheet: FakeSheet, row: number, column: number, key: string): unknown {
  for (let i = sheet.formats.length - 1; i >= 0; i--) {
    const f = sheet.formats[i];
    if (f && f.key === key && inside(f.area, row, column)) return f.value;
  }
  return undefined;
}

export function columnLetters(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function rectAddress(sheet: FakeSheet, r: Rect): string {
  const a = `${columnLetters(r.left)}${r.top + 1}`;
  const b = `${columnLetters(r.left + r.columns - 1)}${r.top + r.rows}`;
  return `${sheet.name}!${a === b ? a : `${a}:${b}`}`;
}
