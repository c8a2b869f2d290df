// SPEC §2: find the header row, map columns, and read every data row into a Holding or row errors. Rows alike (the
// same cells in every column read) are read once: they share one holding, so the rules decide each once too.
import { error } from "../findings";
import type { Finding } from "../model";
import { Holding } from "../model";
import { OUTPUT_COLUMNS } from "../output-columns";
import { SequenceMemo } from "../shared";
import { isBlank, primitive, readCell } from "./cells";
import type { ColumnSpec, HoldingKey } from "./headers";
import { COLUMNS } from "./headers";
import { headerWord } from "./normalise";

export type Values = readonly (readonly unknown[])[];
export type ColumnMap = Partial<Record<HoldingKey, number>>;

/**
 * What a data row reads to: a holding, or the errors that stop it (each naming its column). Rows with the same cells
 * share one (and so one holding and one list of findings).
 */
export interface RowRead {
  readonly holding?: Holding;
  readonly findings: Finding[];
}

/** One data row: its sheet row and what it reads to. */
export interface ReadRow extends RowRead {
  readonly row: number;
}

export interface Inventory {
  /** Sheet row (1-based) of the header. */
  readonly headerRow: number;
  /** Input columns, as 0-based indexes into the values' rows. */
  readonly columns: ColumnMap;
  /** 0-based index of the first of our output columns when the header row already has them. */
  readonly outputStart: number | undefined;
  /** The data rows in sheet order: `rowNumbers[i]` is the sheet row of the i-th, `reads[i]` what it reads to. */
  readonly rowNumbers: readonly number[];
  readonly reads: readonly RowRead[];
  /** The same rows as objects, made on first use (a full sheet keeps a million fewer objects without them). */
  readonly rows: ReadRow[];
}

export interface ReadOptions {
  /** Sheet row number of values[0] (default 1). */
  readonly firstRow?: number;
  /** Force the header row (sheet row number) instead of searching the first 20 rows. */
  readonly headerRow?: number;
  /** Corrections to the recognised columns (the task pane lets a user fix a mapping). */
  readonly mapping?: ColumnMap;
  /** The workbook counts date serials from 1904 (made on an old Mac): a serial in a date column is read as such. */
  readonly date1904?: boolean;
}

const HEADER_INDEX: ReadonlyMap<string, ColumnSpec> = new Map(
  COLUMNS.flatMap((c) => c.headers.map((h) => [headerWord(h), c] as const)),
);
const OUTPUT_WORDS = OUTPUT_COLUMNS.map((c) => [headerWord(c.ja), headerWord(c.en)]);

const cellText = (cell: unknown): string => {
  const p = primitive(cell);
  return typeof p === "string" ? headerWord(p) : "";
};

/** Where our output block (SPEC §3, in order, ja or en) already stands in a header row, if it does. */
export function findOutputStart(header: readonly unknown[]): number | undefined {
  const words = header.map(cellText);
  for (let i = 0; i + OUTPUT_WORDS.length <= words.length; i++) {
    if (OUTPUT_WORDS.every((pair, k) => pair.includes(words[i + k] ?? ""))) return i;
  }
  return undefined;
}

// Output headers no input column uses (SPEC §2 and §3 share only 移行数量): where one stands, our columns begin.
const ALL_OUTPUT_WORDS = new Set(OUTPUT_WORDS.flat());
const OWN_OUTPUT_WORDS = new Set([...ALL_OUTPUT_WORDS].filter((w) => !HEADER_INDEX.has(w)));

/**
 * Recognise the input columns of one header row. Our own output columns are never read as input: the whole block,
 * and also any output header right of the first of ours, should a user have deleted or moved one of them.
 */
export function mapColumns(header: readonly unknown[]): ColumnMap {
  const out = findOutputStart(header);
  const words = header.map(cellText);
  const firstOwn = words.findIndex((w) => OWN_OUTPUT_WORDS.has(w));
  const map: ColumnMap = {};
  words.forEach((w, i) => {
    if (out !== undefined && i >= out && i < out + OUTPUT_COLUMNS.length) return;
    if (firstOwn >= 0 && i >= firstOwn && ALL_OUTPUT_WORDS.has(w)) return;
    const spec = HEADER_INDEX.get(w);
    if (spec && map[spec.key] === undefined) map[spec.key] = i;
  });
  return map;
}

/** The first of the first 20 rows with at least two recognised headers (0-based index into values). */
export function findHeaderIndex(values: Values): number | undefined {
  const limit = Math.min(values.length, 20);
  for (let i = 0; i < limit; i++) {
    if (Object.keys(mapColumns(values[i] ?? [])).length >= 2) return i;
  }
  return undefined;
}

/** Read an inventory from a sheet's values. `undefined` when no header row is recognisable. */
export function readInventory(values: Values, options: ReadOptions = {}): Inventory | undefined {
  const firstRow = options.firstRow ?? 1;
  const headerIndex = options.headerRow !== undefined ? options.headerRow - firstRow : findHeaderIndex(values);
  if (headerIndex === undefined || headerIndex < 0 || headerIndex >= values.length) return undefined;
  const header = values[headerIndex] ?? [];
  const columns: ColumnMap = { ...mapColumns(header), ...options.mapping };
  // SPEC §2: the product column is required. Found by itself, a header without one is some other table (a list
  // of departments, say), not an inventory; a mapping the user gave is taken as it is.
  if (columns.product === undefined && options.mapping === undefined) return undefined;
  const outputStart = findOutputStart(header);
  const ignored = (i: number): boolean =>
    outputStart !== undefined && i >= outputStart && i < outputStart + OUTPUT_COLUMNS.length;

  const used = COLUMNS.flatMap((spec) => {
    const index = columns[spec.key];
    return index === undefined ? [] : [{ spec, index }];
  });
  const date1904 = options.date1904 === true;
  // The row's cells in the columns read are its signature: a walk down this memo finds what rows alike read to.
  const signatures = new SequenceMemo<unknown, RowRead>(SIGNATURES_LIMIT);
  // Made at their largest size and cut to the rows read (a million rows' arrays are not grown one row at a time).
  const rowNumbers: number[] = new Array(Math.max(0, values.length - headerIndex - 1));
  const reads: RowRead[] = new Array(rowNumbers.length);
  let n = 0;
  for (let i = headerIndex + 1; i < values.length; i++) {
    const cells = values[i] ?? [];
    if (isBlankRow(cells, ignored)) continue;
    let node = signatures.start();
    for (let k = 0; k < used.length; k++) node = signatures.next(node, cells[(used[k] as Used).index]);
    rowNumbers[n] = firstRow + i;
    reads[n++] = signatures.recall(node) ?? signatures.remember(node, readCells(cells, used, date1904));
  }
  rowNumbers.length = n;
  reads.length = n;
  return new ReadInventory(firstRow + headerIndex, columns, outputStart, rowNumbers, reads);
}

/** Nodes the signature memo may make per sheet: a sheet of one-off rows stops sharing rather than filling memory. */
const SIGNATURES_LIMIT = 1 << 18;

interface Used {
  readonly spec: ColumnSpec;
  readonly index: number;
}

class ReadInventory implements Inventory {
  private objects: ReadRow[] | undefined;

  constructor(
    readonly headerRow: number,
    readonly columns: ColumnMap,
    readonly outputStart: number | undefined,
    readonly rowNumbers: readonly number[],
    readonly reads: readonly RowRead[],
  ) {}

  get rows(): ReadRow[] {
    return (this.objects ??= this.reads.map((r, i) => withRow(this.rowNumbers[i] as number, r)));
  }
}

/** A row as one object. */
export const withRow = (row: number, r: RowRead): ReadRow =>
  r.holding === undefined ? { row, findings: r.findings } : { row, holding: r.holding, findings: r.findings };

// Rows that read cleanly share one empty, frozen list.
const NO_FINDINGS = Object.freeze([] as Finding[]) as Finding[];

/** Every cell blank, not counting our own output columns. */
function isBlankRow(cells: readonly unknown[], ignored: (i: number) => boolean): boolean {
  for (let k = 0; k < cells.length; k++) if (!ignored(k) && !isBlank(cells[k])) return false;
  return true;
}

/** Read a row's cells: its holding (parsed by the Holding schema), or the errors that stop it. */
function readCells(cells: readonly unknown[], used: readonly Used[], date1904: boolean): RowRead {
  const fields: Record<string, unknown> = {};
  const findings: Finding[] = [];
  for (const { spec, index } of used) {
    const r = readCell(cells[index], spec.read, date1904);
    if (r === undefined) continue;
    if (r.ok) fields[spec.key] = r.value;
    else findings.push(error(r.code, undefined, { column: spec.key, value: r.text, ...(r.max !== undefined && { max: r.max }) }));
  }
  if (fields.product === undefined && !findings.some((f) => f.params?.column === "product")) {
    findings.push(error("MISSING_PRODUCT", undefined, { column: "product" }));
  }
  if (fields.quantity === undefined) {
    // SPEC §2: no quantity column → 1 per row; a blank cell in a quantity column is not silently 1.
    if (!used.some((u) => u.spec.key === "quantity")) fields.quantity = 1;
    else if (!findings.some((f) => f.params?.column === "quantity")) {
      findings.push(error("INVALID_QUANTITY", undefined, { column: "quantity", value: "" }));
    }
  }
  if (findings.length > 0) return { findings: Object.freeze(findings) as Finding[] };
  // The cell readers make only values of the column's schema: a failure here is a bug in them, not bad input.
  return { holding: Object.freeze(Holding.parse(fields)), findings: NO_FINDINGS };
}
