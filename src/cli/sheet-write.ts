// Our output block written into one worksheet part: the edits that replace the cells of our columns (and add the
// rows, column widths and used range they need), everything else in the part copied as it was written.
import { workbookSerial } from "../core/dates";
import type { Lang } from "../core/model";
import type { OutputCell } from "../render";
import { cellXml, fitCell } from "./cell-xml";
import type { StringTable } from "./cell-xml";
import { columnLetters, parseCellRef } from "./columns";
import type { SheetLayout, Span } from "./sheet-read";
import { FORMULA, SHARED_STRING } from "./sheet-read";
import type { Edit } from "./splice";
import { insert, remove } from "./splice";
import { element, prefixOf, qname } from "./xml";

export type OutputStyle = "header" | "plain" | "wrap" | "date" | "warning" | "error";

/** One row of the block: its cells (as renderRow gives them, shared by rows decided alike) and what marks it. */
export interface OutputRow {
  readonly cells: readonly OutputCell[];
  /** The header row, or the severity that highlights the row's warnings cell. */
  readonly mark: "header" | "error" | "warning" | undefined;
}

/** One inventory sheet's output block: cells for some rows, the columns' widths, and whether to clear other rows. */
export interface SheetPatch {
  readonly sheet: string;
  /** 1-based column of the block's first cell. */
  readonly start: number;
  readonly widths: readonly number[];
  /** 1-based row → the block's cells on that row (null: no cell). */
  readonly rows: ReadonlyMap<number, OutputRow>;
  /** How the k-th cell of a row looks. */
  readonly styleOf: (row: OutputRow, k: number) => OutputStyle;
  /** Rows below this one that `rows` does not name lose whatever the block's columns held (an earlier run's output). */
  readonly clearBelow?: number;
}

export interface CellContext {
  readonly styles: Readonly<Record<OutputStyle, number>>;
  readonly strings: StringTable;
  /** The workbook counts dates from 1904: our date serials (1900-based) are shifted. */
  readonly date1904: boolean;
  readonly lang: Lang;
}

const blockEnd = (patch: SheetPatch): number => patch.start + patch.widths.length - 1;

/** Whether the block's columns of row `n` are rewritten (our cells, or an earlier run's cleared). */
const touched = (patch: SheetPatch, n: number): boolean =>
  patch.rows.has(n) || (patch.clearBelow !== undefined && n > patch.clearBelow);

/** Count every text cell of the patch into the string table (before any part is written). */
export function countStrings(patch: SheetPatch, ctx: Pick<CellContext, "strings" | "lang">): void {
  for (const row of patch.rows.values())
    for (const c of row.cells) if (typeof c === "string") ctx.strings.of(fitCell(c, ctx.lang));
}

/** What the patch takes out of the sheet: shared-string cells (for the part's count) and whether any had a formula. */
export function removedCells(layout: SheetLayout, patch: SheetPatch): { sharedStrings: number; formula: boolean } {
  const { rows, cells } = layout;
  const end = blockEnd(patch);
  let sharedStrings = 0;
  let formula = false;
  for (let i = 0; i < rows.number.length; i++) {
    if (!touched(patch, rows.number.at(i))) continue;
    const last = i + 1 < rows.number.length ? rows.firstCell.at(i + 1) : cells.column.length;
    for (let k = rows.firstCell.at(i); k < last; k++) {
      const col = cells.column.at(k);
      if (col < patch.start || col > end) continue;
      if (cells.flags.at(k) & SHARED_STRING) sharedStrings++;
      if (cells.flags.at(k) & FORMULA) formula = true;
    }
  }
  return { sharedStrings, formula };
}

/** The prefix of new children of `span`'s element (its own namespace, as bound in its scope). */
const childPrefix = (span: Span): string => prefixOf(span.el.scope, span.el.uri) ?? span.el.prefix;

/** The edits that write `patch` into the sheet, in order of position. */
export function* sheetEdits(layout: SheetLayout, patch: SheetPatch, ctx: CellContext): Generator<Edit> {
  const end = blockEnd(patch);
  const prefix = childPrefix(layout.sheetData);
  // <dimension> and <cols> come before <sheetData> in a worksheet (§18.3.1.99); one written after it is edited after
  const around = [...(layout.dimension ? [dimensionEdit(layout.dimension, patch, end)] : []), ...colsEdits(layout, patch, end)]
    .filter((e) => e !== undefined)
    .sort((a, b) => a.start - b.start);
  const before = around.filter((e) => e.start <= layout.sheetData.el.start);
  yield* before;
  const letters = patch.widths.map((_, k) => columnLetters(patch.start + k));
  const cellsOf = (n: number, row: OutputRow | undefined): string => {
    if (row === undefined) return "";
    let xml = "";
    for (let k = 0; k < row.cells.length; k++) {
      const cell = row.cells[k];
      if (cell === null || cell === undefined) continue;
      const style = patch.styleOf(row, k);
      const value = style === "date" && typeof cell === "number" ? workbookSerial(cell, ctx.date1904) : cell;
      xml += cellXml(prefix, `${letters[k]}${n}`, ctx.styles[style], value, ctx.strings, ctx.lang);
    }
    return xml;
  };
  const newRow = (n: number): string => element(prefix, "row", [["r", n]], cellsOf(n, patch.rows.get(n)));
  const wanted = [...patch.rows.keys()].sort((a, b) => a - b);
  let next = 0;
  /** Rows of ours the sheet lacks that go before row `n`, as one insertion at `at`. */
  function* missingBefore(n: number, at: number): Generator<Edit> {
    let xml = "";
    for (; next < wanted.length && (wanted[next] as number) < n; next++) xml += newRow(wanted[next] as number);
    if (xml !== "") yield insert(at, xml);
  }
  const { sheetData, rows, cells } = layout;
  if (sheetData.el.selfClosing) {
    const name = qname(sheetData.el.prefix, sheetData.el.local);
    yield { start: sheetData.el.openEnd - 2, end: sheetData.el.openEnd, text: `>${wanted.map(newRow).join("")}</${name}>` };
    yield* around.filter((e) => !before.includes(e));
    return;
  }
  for (let i = 0; i < rows.number.length; i++) {
    const n = rows.number.at(i);
    yield* missingBefore(n, rows.start.at(i));
    if (wanted[next] === n) next++;
    if (!touched(patch, n)) continue;
    const edits: Edit[] = [];
    const first = rows.firstCell.at(i);
    const last = i + 1 < rows.number.length ? rows.firstCell.at(i + 1) : cells.column.length;
    let insertAt = rows.closeStart.at(i);
    for (let k = first; k < last; k++) {
      const col = cells.column.at(k);
      if (col > end) {
        insertAt = Math.min(insertAt, cells.start.at(k));
        continue;
      }
      if (col >= patch.start) edits.push(remove(cells.start.at(k), cells.end.at(k)));
    }
    const ours = cellsOf(n, patch.rows.get(n));
    if (edits.length === 0 && ours === "") continue;
    // `spans` is only a hint of the row's extent; a stale one is dropped rather than recomputed
    if (rows.spansEnd.at(i) > rows.spansStart.at(i)) edits.push(remove(rows.spansStart.at(i), rows.spansEnd.at(i)));
    const selfClosing = rows.closeStart.at(i) === rows.end.at(i);
    if (selfClosing) {
      if (ours !== "") {
        const close = `</${qname(prefix, "row")}>`;
        edits.push({ start: rows.openEnd.at(i) - 2, end: rows.openEnd.at(i), text: `>${ours}${close}` });
      }
    } else if (ours !== "") edits.push(insert(insertAt, ours));
    yield* edits.sort((a, b) => a.start - b.start || a.end - b.end);
  }
  yield* missingBefore(Infinity, sheetData.closeStart);
  yield* around.filter((e) => !before.includes(e));
}

/** The used range grown to take in the block (other attributes of <dimension> kept). */
function dimensionEdit(span: Span, patch: SheetPatch, end: number): Edit | undefined {
  const rowsOf = [...patch.rows.keys()];
  const [firstRow, lastRow] = [Math.min(...rowsOf), Math.max(...rowsOf)];
  const ref = span.attributes.find((a) => a.local === "ref" && a.uri === "")?.value ?? "";
  const [from, to = from] = ref.split(":");
  const a = from === undefined ? undefined : parseCellRef(from);
  const b = to === undefined ? undefined : parseCellRef(to);
  if (a === undefined || b === undefined || rowsOf.length === 0) return undefined;
  const grown = `${columnLetters(Math.min(a[0], patch.start))}${Math.min(a[1], firstRow)}:${columnLetters(Math.max(b[0], end))}${Math.max(b[1], lastRow)}`;
  const attrs = span.attributes.map((x): [string, string] => [x.name, x.local === "ref" && x.uri === "" ? grown : x.value]);
  const text = element(span.el.prefix, span.el.local, attrs, span.el.selfClosing ? undefined : "");
  return { start: span.el.start, end: span.end, text };
}

/** Our columns' widths: any <col> range that covers one of them is split around the block; the rest stay as written. */
function* colsEdits(layout: SheetLayout, patch: SheetPatch, end: number): Generator<Edit> {
  const ours = (prefix: string): string =>
    patch.widths
      .map((w, k) =>
        element(prefix, "col", [
          ["min", patch.start + k],
          ["max", patch.start + k],
          ["width", w],
          ["customWidth", 1],
        ]),
      )
      .join("");
  const cols = layout.cols;
  if (cols === undefined || cols.span.el.selfClosing) {
    const prefix = prefixOf(layout.sheetData.el.scope, layout.sheetData.el.uri) ?? layout.sheetData.el.prefix;
    const at = cols?.span ?? layout.sheetData;
    yield {
      start: at.el.start,
      end: cols === undefined ? at.el.start : cols.span.end,
      text: element(prefix, "cols", [], ours(prefix)),
    };
    return;
  }
  const prefix = childPrefix(cols.span);
  let placed = false;
  for (const col of cols.items) {
    const get = (name: string): number => Number(col.attributes.find((a) => a.local === name && a.uri === "")?.value ?? 0);
    const [min, max] = [get("min"), get("max")];
    if (max < patch.start) continue;
    if (min > end) {
      if (!placed) yield insert(col.el.start, ours(prefix));
      placed = true;
      continue;
    }
    const part = (lo: number, hi: number): string =>
      element(
        col.el.prefix,
        col.el.local,
        col.attributes.map((a): [string, string | number] => [
          a.name,
          a.uri !== "" ? a.value : a.local === "min" ? lo : a.local === "max" ? hi : a.value,
        ]),
      );
    let text = min < patch.start ? part(min, patch.start - 1) : "";
    if (!placed) text += ours(prefix);
    placed = true;
    if (max > end) text += part(end + 1, max);
    yield { start: col.el.start, end: col.end, text };
  }
  if (!placed) yield insert(cols.span.closeStart, ours(prefix));
}
