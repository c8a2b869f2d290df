// What the task pane needs from a workbook (issue 5). The pane and its job speak only this interface; the one
// implementation that calls Office.js is office-host.ts. Indexes are 0-based sheet indexes unless a name says "row".

/** A cell as Office.js hands it over: "" for an empty cell. */
export type Cell = string | number | boolean;

/** A rectangle of a sheet. */
export interface Area {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

/** Columns [left, left + columns) of a sheet. */
export interface Span {
  readonly left: number;
  readonly columns: number;
  /** Read formulas instead of values: a formula that shows "" is still somebody's cell. */
  readonly formulas?: boolean;
}

/** Where the inventory stands on the active sheet (SPEC §2: an Excel table, else the used range). */
export interface Located {
  readonly sheetId: string;
  readonly sheetName: string;
  readonly source: { readonly kind: "table"; readonly name: string } | { readonly kind: "range" };
  /** The table's range (header + body) or the used range. */
  readonly area: Area;
  /** Right edge (exclusive) of the sheet's used range: where a block goes when the pane must keep clear of the table's neighbours. */
  readonly usedRight: number;
  /** The first rows (≤ 20) of the area, from area.left to the right edge of the area or the used range, whichever is further. */
  readonly head: Cell[][];
  /** A1 address of the area, for people. */
  readonly address: string;
  readonly protected: boolean;
  /** An AutoFilter hides rows of the sheet or the table. */
  readonly filtered: boolean;
  /** The workbook counts dates from 1904 (made on an old Mac): its date cells hold serials of that system. */
  readonly date1904: boolean;
}

/** The header, formats and conditional formats of our output block (SPEC §3). */
export interface OutputFrame {
  readonly headerTop: number;
  readonly left: number;
  readonly headers: readonly string[];
  readonly dataTop: number;
  readonly dataRows: number;
  /** 0-based column of the block holding dates (新サポート期限) and of the warnings (警告). */
  readonly dateColumn: number;
  readonly warningsColumn: number;
  /** The prefixes the warnings text starts a finding with, e.g. 【エラー】 and 【警告】. */
  readonly marks: { readonly error: string; readonly warning: string };
  /** Column widths (points) for a new block; undefined keeps the widths a person chose for a reused block. */
  readonly widths: readonly number[] | undefined;
}

/** A fresh inventory sheet: headers, drop-down lists and an example row. */
export interface TemplateSheet {
  readonly name: string;
  readonly headers: readonly string[];
  readonly example: readonly Cell[];
  /** Drop-down lists: column index → allowed words. */
  readonly lists: readonly { readonly column: number; readonly words: readonly string[] }[];
  /** Rows below the header that get the drop-downs. */
  readonly rows: number;
}

/** Number format for `rows` cells of one column from (row, column), all in one write chunk. */
export interface FormatRun {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly format: string;
}

/** How a new sheet (the quote, SPEC §7) looks once its rows are written. */
export interface SheetStyle {
  readonly rows: number;
  readonly columns: number;
  readonly boldRows: readonly number[];
  /** Table header rows: bold and shaded. */
  readonly headerRows: readonly number[];
  /** Column widths in points. */
  readonly widths: readonly number[];
  readonly wrapColumns: readonly number[];
  /** Print landscape on A4, one page wide. */
  readonly landscape: boolean;
}

export interface WorkbookHost {
  /** The inventory of the active sheet, or undefined when the sheet is empty. */
  locate(): Promise<Located | undefined>;
  /** A1 addresses of merged cells inside each area ("" when none). */
  findMerged(sheetId: string, areas: readonly Area[]): Promise<string[]>;
  /** Rows [top, top + rows) of each span, one request. */
  readCells(sheetId: string, top: number, rows: number, spans: readonly Span[]): Promise<Cell[][][]>;
  /** Header cells, widths and conditional formats of the output block, one request. */
  prepareOutput(sheetId: string, frame: OutputFrame): Promise<void>;
  /** One chunk of output rows at (top, left) with the date format on dateColumn and wrapped text, one request. */
  writeCells(sheetId: string, top: number, left: number, values: readonly (readonly Cell[])[], dateColumn: number): Promise<void>;
  /** Recalculate after writing with calculation suspended. */
  finish(): Promise<void>;
  /**
   * Activate the sheet and select these sheet rows (1-based): at most MAX_SELECTED_AREAS runs of consecutive rows, or
   * only the first run where Excel cannot select several areas (before ExcelApi 1.18). Returns the runs selected ("5:7").
   */
  selectRows(sheetId: string, rows: readonly number[]): Promise<string[]>;
  /** Add a sheet from the template and activate it; says the name it got and whether it has the drop-down lists. */
  insertTemplate(template: TemplateSheet): Promise<{ readonly name: string; readonly lists: boolean }>;
  /** The workbook's sheet names, in tab order. */
  sheetNames(): Promise<string[]>;
  /** A sheet's values from A1 to the end of its used range (a price book: small). */
  readSheet(name: string): Promise<Cell[][]>;
  /** Add an empty sheet under this (free) name; returns its id. */
  addSheet(name: string): Promise<string>;
  /** Rows of a sheet from column A with their number formats, one request per call. */
  writeRows(sheetId: string, top: number, values: readonly (readonly Cell[])[], formats: readonly FormatRun[]): Promise<void>;
  /** Bold and header rows, widths, wrapping and page layout; activates the sheet. One request. Says whether the page
   * layout (landscape A4) was set: an Excel before ExcelApi 1.9 has none to set. */
  styleSheet(sheetId: string, style: SheetStyle): Promise<{ readonly pageLayout: boolean }>;
  /** Call `listener` whenever another sheet becomes the active one; resolves to what stops it. */
  onSheetActivated(listener: () => void): Promise<() => Promise<void>>;
}

/** Runs of consecutive rows one selection takes, keeping the address Excel parses short. */
export const MAX_SELECTED_AREAS = 200;

/** What went wrong, in terms the pane can act on. */
export type HostErrorKind = "payload" | "protected" | "cellEdit" | "merged" | "filtered" | "unsupported" | "office";

export class HostError extends Error {
  constructor(
    readonly kind: HostErrorKind,
    /** The Office error code (e.g. RequestPayloadSizeLimitExceeded), or "" when the error had none. */
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "HostError";
  }
}
