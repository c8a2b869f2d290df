// One worksheet part, streamed through the parser once: the cells' values for the core's reader (0-based rows of
// 0-based cells, as exceljs's sheet values were), and where every row and cell stands in the text, so the writer can
// copy the part verbatim and splice in only the cells of our output columns.
import { cellValue } from "./cell-value";
import { cellRefColumn, NumberColumn, parseRowNumber } from "./columns";
import { InputError } from "./input-error";
import { MAX_COLUMN } from "./limits";
import { MAIN } from "./ooxml";
import type { SaxesTagPlain } from "saxes";
import type { XmlAttribute, XmlOpen } from "./xml";
import { XmlError, XmlReader } from "./xml";

/** An element's markup: where it starts, where its start tag and its end tag are. */
export interface Span {
  readonly el: XmlOpen;
  readonly attributes: readonly XmlAttribute[];
  closeStart: number;
  end: number;
}

/** Flags of a cell in the layout. */
export const SHARED_STRING = 1;
export const FORMULA = 2;

export interface SheetLayout {
  readonly part: string;
  readonly sheetData: Span;
  readonly dimension: Span | undefined;
  readonly cols: { readonly span: Span; readonly items: Span[] } | undefined;
  /** Per row (in document order): number, where it starts, where its start tag ends, where </row> starts, its end. */
  readonly rows: {
    readonly number: NumberColumn;
    readonly start: NumberColumn;
    readonly openEnd: NumberColumn;
    readonly closeStart: NumberColumn;
    readonly end: NumberColumn;
    /** The `spans` attribute's range (0, 0 when the row has none): a hint dropped once the row changes. */
    readonly spansStart: NumberColumn;
    readonly spansEnd: NumberColumn;
    readonly firstCell: NumberColumn;
  };
  /** Per cell (rows' cells in order): its column, its markup's range, and SHARED_STRING | FORMULA. */
  readonly cells: {
    readonly column: NumberColumn;
    readonly start: NumberColumn;
    readonly end: NumberColumn;
    readonly flags: NumberColumn;
  };
  /** The rightmost column any cell (a styled empty one too) stands in. */
  widest: number;
}

export interface SheetRead {
  readonly values: unknown[][];
  readonly layout: SheetLayout;
}

export interface SheetContext {
  readonly part: string;
  readonly strings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
  /** Asked once the first 20 rows are read: false stops reading (no inventory header there, SPEC §2). */
  readonly probe?: (values: readonly (readonly unknown[])[]) => boolean;
}

class NotAnInventory extends Error {}

const [TRANSITIONAL, STRICT] = MAIN;
const inMain = (uri: string): boolean => uri === TRANSITIONAL || uri === STRICT;
const HEADER_ROWS = 20;

/** Read a worksheet part; undefined when `probe` turned it down. Throws InputError for a broken part. */
export async function readSheet(chunks: AsyncIterable<string>, ctx: SheetContext): Promise<SheetRead | undefined> {
  try {
    return await read(chunks, ctx);
  } catch (e) {
    if (e instanceof NotAnInventory) return undefined;
    if (e instanceof XmlError) throw new InputError("badPart", { part: ctx.part, detail: e.message });
    throw e;
  }
}

const column = (): NumberColumn => new NumberColumn();

/** An attribute without a namespace, by name: what SpreadsheetML's own attributes are. */
const plain = (tag: SaxesTagPlain, name: string): string | undefined => tag.attributes[name];

async function read(chunks: AsyncIterable<string>, ctx: SheetContext): Promise<SheetRead> {
  const { part, strings, dateStyles, date1904 } = ctx;
  const values: unknown[][] = [];
  const rows = {
    number: column(),
    start: column(),
    openEnd: column(),
    closeStart: column(),
    end: column(),
    spansStart: column(),
    spansEnd: column(),
    firstCell: column(),
  };
  const cells = { column: column(), start: column(), end: column(), flags: column() };
  let sheetData: Span | undefined;
  let dimension: Span | undefined;
  let cols: { span: Span; items: Span[] } | undefined;
  let probed = ctx.probe === undefined;
  let inSheetData = false;
  let inCols = false;
  let inRow = false;
  let rowNumber = 0;
  let row: unknown[] = [];
  let col = 0;
  let widest = 0;
  // the cell being read
  let type = "n";
  let style = 0;
  let hasValue = false;
  let value = "";
  let inline = "";
  let formula: string | undefined;
  let capture = 0; // 1 <v>, 2 <f>, 3 <t> of <is>
  let inPhonetic = false;
  const broken = (what: string): never => {
    throw new XmlError(`${part}: ${what}`);
  };
  const span = (): Span => ({
    el: reader.element(),
    attributes: reader.attributes(),
    closeStart: 0,
    end: 0,
  });

  function openRow(tag: SaxesTagPlain, start: number, openEnd: number): void {
    inRow = true;
    const r = plain(tag, "r");
    const n = r === undefined ? rowNumber + 1 : parseRowNumber(r);
    if (n === undefined) return broken(`row number ${r ?? rowNumber + 1}`);
    rowNumber = n;
    if (!probed && rowNumber > HEADER_ROWS) {
      probed = true;
      if (ctx.probe?.(values) === false) throw new NotAnInventory();
    }
    row = values[rowNumber - 1] ?? (values[rowNumber - 1] = []);
    col = 0;
    const spans = tag.attributes.spans === undefined ? undefined : reader.attributeRange("spans");
    rows.number.push(rowNumber);
    rows.start.push(start);
    rows.openEnd.push(openEnd);
    rows.spansStart.push(spans?.start ?? 0);
    rows.spansEnd.push(spans?.end ?? 0);
    rows.firstCell.push(cells.column.length);
    rows.closeStart.push(openEnd);
    rows.end.push(openEnd);
  }

  function openCell(tag: SaxesTagPlain, start: number, openEnd: number): void {
    const r = plain(tag, "r");
    if (r === undefined) col++;
    else {
      col = cellRefColumn(r, rowNumber);
      if (col === 0) return broken(`cell reference ${r} in row ${rowNumber}`);
    }
    if (col > MAX_COLUMN) return broken(`a cell right of column XFD in row ${rowNumber}`);
    type = plain(tag, "t") ?? "n";
    const s = plain(tag, "s");
    style = s === undefined ? 0 : Number(s);
    hasValue = false;
    value = "";
    inline = "";
    formula = undefined;
    capture = 0;
    inPhonetic = false;
    cells.column.push(col);
    cells.start.push(start);
    cells.end.push(openEnd);
    cells.flags.push(type === "s" ? SHARED_STRING : 0);
  }

  function closeCell(end: number): void {
    const k = cells.column.length - 1;
    cells.end.set(k, end);
    if (formula !== undefined) cells.flags.set(k, cells.flags.at(k) | FORMULA);
    if (col > widest) widest = col;
    const v = cellValue(type, hasValue, value, inline, formula, dateStyles[style] === true, strings, date1904);
    if (v !== undefined) row[col - 1] = v;
  }

  const reader: XmlReader = new XmlReader(
    {
      open(local, uri, tag, start, openEnd) {
        const depth = reader.depth;
        if (depth === 1) {
          if (local !== "worksheet" || !inMain(uri)) broken("not a worksheet");
          return;
        }
        if (!inMain(uri)) return;
        switch (depth) {
          case 2:
            if (local === "sheetData" && sheetData === undefined) {
              sheetData = span();
              inSheetData = true;
            } else if (local === "dimension" && dimension === undefined) dimension = span();
            else if (local === "cols" && cols === undefined) {
              cols = { span: span(), items: [] };
              inCols = true;
            }
            return;
          case 3:
            if (inSheetData && local === "row") openRow(tag, start, openEnd);
            else if (inCols && local === "col") cols?.items.push(span());
            return;
          case 4:
            if (inRow && local === "c") openCell(tag, start, openEnd);
            return;
          case 5:
            if (local === "v") {
              capture = 1;
              hasValue = true;
            } else if (local === "f") {
              capture = 2;
              formula = "";
            }
            return;
          case 6:
            inPhonetic = local === "rPh";
            capture = local === "t" ? 3 : 0;
            return;
          case 7:
            capture = local === "t" && !inPhonetic ? 3 : 0;
            return;
        }
      },
      close(local, uri, start, closeStart, end) {
        const depth = reader.depth + 1;
        if (!inMain(uri)) return;
        if (depth >= 5) capture = 0;
        else if (depth === 4) {
          if (inRow && local === "c") closeCell(end);
        } else if (depth === 3) {
          if (inRow && local === "row") {
            inRow = false;
            rows.closeStart.set(rows.number.length - 1, closeStart);
            rows.end.set(rows.number.length - 1, end);
          } else if (inCols && local === "col") {
            const item = cols?.items[cols.items.length - 1];
            if (item) [item.closeStart, item.end] = [closeStart, end];
          }
        } else if (depth === 2) {
          const s =
            local === "sheetData" ? sheetData : local === "dimension" ? dimension : local === "cols" ? cols?.span : undefined;
          if (s && s.el.start === start) [s.closeStart, s.end] = [closeStart, end];
          if (s === sheetData) inSheetData = false;
          if (s === cols?.span) inCols = false;
        }
      },
      text(t) {
        if (capture === 1) value += t;
        else if (capture === 2) formula += t;
        else if (capture === 3) inline += t;
      },
    },
    part,
  );
  for await (const chunk of chunks) reader.write(chunk);
  reader.end();
  if (sheetData === undefined) throw new XmlError(`${part}: no <sheetData>`);
  return { values, layout: { part, sheetData, dimension, cols, rows, cells, widest } };
}
