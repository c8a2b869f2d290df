// One worksheet part, streamed through the parser once: the cells' values for the core's reader (0-based rows of
// 0-based cells, as exceljs's sheet values were), and where every row and cell stands in the text, so the writer can
// copy the part verbatim and splice in only the cells of our output columns.
import type { RawCell } from "./cell-value";
import { cellValue } from "./cell-value";
import { NumberColumn, parseCellRef, parseRowNumber } from "./columns";
import { InputError } from "./input-error";
import { MAX_COLUMN } from "./limits";
import { MAIN } from "./ooxml";
import type { XmlAttribute, XmlOpen } from "./xml";
import { attribute, XmlError, XmlReader } from "./xml";

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
    /** The `spans` attribute's range (start = end when the row has none): a hint we drop once the row changes. */
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

const IN = (el: XmlOpen): boolean => (MAIN as readonly string[]).includes(el.uri);
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

async function read(chunks: AsyncIterable<string>, ctx: SheetContext): Promise<SheetRead> {
  const { part } = ctx;
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
  const span = (el: XmlOpen): Span => ({ el, attributes: reader.attributes(el), closeStart: el.openEnd, end: el.openEnd });

  const reader: XmlReader = new XmlReader(
    {
      open(el) {
        const depth = reader.depth;
        if (depth === 1) {
          if (el.local !== "worksheet" || !IN(el)) broken("not a worksheet");
          return;
        }
        if (!IN(el)) return;
        switch (depth) {
          case 2:
            if (el.local === "sheetData" && sheetData === undefined) [sheetData, inSheetData] = [span(el), true];
            else if (el.local === "dimension" && dimension === undefined) dimension = span(el);
            else if (el.local === "cols" && cols === undefined) [cols, inCols] = [{ span: span(el), items: [] }, true];
            return;
          case 3:
            if (el.local === "row" && inSheetData) {
              inRow = true;
              const r = attribute(el, "r");
              const n = r === undefined ? rowNumber + 1 : parseRowNumber(r);
              if (n === undefined) broken(`row number ${r ?? rowNumber + 1}`);
              rowNumber = n as number;
              if (!probed && rowNumber > HEADER_ROWS) {
                probed = true;
                if (ctx.probe?.(values) === false) throw new NotAnInventory();
              }
              row = values[rowNumber - 1] ?? (values[rowNumber - 1] = []);
              col = 0;
              const spans = reader.attributeRange("spans");
              rows.number.push(rowNumber);
              rows.start.push(el.start);
              rows.openEnd.push(el.openEnd);
              rows.spansStart.push(spans?.start ?? el.nameEnd);
              rows.spansEnd.push(spans?.end ?? el.nameEnd);
              rows.firstCell.push(cells.column.length);
              rows.closeStart.push(el.openEnd);
              rows.end.push(el.openEnd);
            } else if (el.local === "col" && inCols && cols !== undefined) cols.items.push(span(el));
            return;
          case 4:
            if (el.local !== "c" || !inRow) return;
            {
              const r = attribute(el, "r");
              const ref = r === undefined ? undefined : parseCellRef(r);
              if (r !== undefined && (ref === undefined || ref[1] !== rowNumber)) broken(`cell reference ${r}`);
              col = ref === undefined ? col + 1 : ref[0];
              if (col > MAX_COLUMN) broken(`a cell right of column XFD in row ${rowNumber}`);
              type = attribute(el, "t") ?? "n";
              style = Number(attribute(el, "s") ?? 0);
              [hasValue, value, inline, formula, capture, inPhonetic] = [false, "", "", undefined, 0, false];
              cells.column.push(col);
              cells.start.push(el.start);
              cells.end.push(el.openEnd);
              cells.flags.push(type === "s" ? SHARED_STRING : 0);
            }
            return;
          case 5:
            if (el.local === "v") [capture, hasValue] = [1, true];
            else if (el.local === "f") [capture, formula] = [2, ""];
            return;
          case 6:
            inPhonetic = el.local === "rPh";
            capture = el.local === "t" ? 3 : 0;
            return;
          case 7:
            capture = el.local === "t" && !inPhonetic ? 3 : 0;
            return;
        }
      },
      close(el, closeStart, end) {
        const depth = reader.depth + 1;
        if (!IN(el)) return;
        if (depth >= 5) {
          capture = 0;
          return;
        }
        if (depth === 4 && el.local === "c") {
          const k = cells.column.length - 1;
          cells.end.set(k, end);
          if (formula !== undefined) cells.flags.set(k, cells.flags.at(k) | FORMULA);
          if (col > widest) widest = col;
          const raw: RawCell = { type, hasValue, value, inline, formula, dated: ctx.dateStyles[style] === true };
          const v = cellValue(raw, ctx.strings, ctx.date1904);
          if (v !== undefined) row[col - 1] = v;
        } else if (depth === 3 && el.local === "row" && inRow) {
          inRow = false;
          rows.closeStart.set(rows.number.length - 1, closeStart);
          rows.end.set(rows.number.length - 1, end);
        } else if (depth === 3 && el.local === "col" && inCols && cols !== undefined) {
          const item = cols.items[cols.items.length - 1];
          if (item) [item.closeStart, item.end] = [closeStart, end];
        } else if (depth === 2) {
          const s = el.local === "sheetData" ? sheetData : el.local === "dimension" ? dimension : cols?.span;
          if (s && s.el === el) [s.closeStart, s.end] = [closeStart, end];
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
