// Read the inventory in chunks, then read → evaluate → render it once (rules such as J3 look across all rows).
// One host request per chunk; a chunk the host refuses as too large is read again in halves (issue 5 §2, §3).
import type { Annotated } from "../../core/annotate";
import { annotateValues } from "../../core/annotate";
import { workbookSerial } from "../../core/dates";
import type { Context, Lang, RowResult } from "../../core/model";
import { OUTPUT_COLUMNS } from "../../core/output-columns";
import type { OutputCell } from "../../render";
import { renderRow } from "../../render";
import type { Cell, WorkbookHost } from "../../excel/workbook-host";
import { HostError } from "../../excel/workbook-host";
import type { ChunkLimits } from "./chunks";
import { rowsPerRead } from "./chunks";
import type { Layout } from "./layout";
import { OUTPUT_WIDTH } from "./layout";

export interface Progress {
  readonly phase: "read" | "write";
  readonly done: number;
  readonly total: number;
}

export interface JobHooks {
  readonly signal: AbortSignal;
  /** Called after every chunk; awaited, so the pane can repaint its progress bar and take a Cancel click. */
  readonly onProgress: (p: Progress) => void | Promise<void>;
  readonly limits: ChunkLimits;
}

export interface Evaluated {
  readonly layout: Layout;
  readonly annotated: Annotated;
  /** One row of our seven output cells per data row ("" clears a cell: null would leave it as it was). */
  readonly output: Cell[][];
  /** Non-empty cells in the block's columns that we did not write (only right of a table), or undefined. */
  readonly conflicts: { readonly count: number; readonly rows: readonly number[] } | undefined;
}

interface ReadResult {
  readonly inputs: Cell[][];
  readonly targets: Cell[][];
}

async function readChunk(host: WorkbookHost, layout: Layout, top: number, rows: number, into: ReadResult): Promise<void> {
  const spans = layout.checkTarget
    ? [...layout.inputSpans, { left: layout.output.left, columns: OUTPUT_WIDTH, formulas: true }]
    : layout.inputSpans;
  const parts = await host.readCells(layout.sheetId, top, rows, spans);
  for (let i = 0; i < rows; i++) {
    const row: Cell[] = new Array<Cell>(layout.inputWidth).fill("");
    layout.inputSpans.forEach((s, k) => {
      const cells = parts[k]?.[i] ?? [];
      cells.forEach((v, c) => (row[s.left - layout.areaLeft + c] = v));
    });
    into.inputs.push(row);
    if (layout.checkTarget) into.targets.push(parts[layout.inputSpans.length]?.[i] ?? []);
  }
}

/** All data rows, or undefined when cancelled. */
async function readAll(host: WorkbookHost, layout: Layout, hooks: JobHooks): Promise<ReadResult | undefined> {
  const width = layout.inputSpans.reduce((n, s) => n + s.columns, layout.checkTarget ? OUTPUT_WIDTH : 0);
  let size = rowsPerRead(width, hooks.limits);
  const result: ReadResult = { inputs: [], targets: [] };
  while (result.inputs.length < layout.dataRows) {
    if (hooks.signal.aborted) return undefined;
    const done = result.inputs.length;
    const rows = Math.min(size, layout.dataRows - done);
    try {
      await readChunk(host, layout, layout.dataTop + done, rows, result);
    } catch (e) {
      // RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded: the estimate was too low; read less at a time.
      if (e instanceof HostError && e.kind === "payload" && rows > 1) {
        size = Math.ceil(rows / 2);
        continue;
      }
      throw e;
    }
    await hooks.onProgress({ phase: "read", done: result.inputs.length, total: layout.dataRows });
  }
  return result;
}

const DATE_COLUMN = OUTPUT_COLUMNS.findIndex((c) => c.key === "supportEnd");

function renderAll(layout: Layout, results: readonly RowResult[], lang: Lang): Cell[][] {
  const blank = (): Cell[] => new Array<Cell>(OUTPUT_WIDTH).fill("");
  const out = Array.from({ length: layout.dataRows }, blank);
  const toCell = (v: OutputCell, column: number): Cell =>
    v === null ? "" : column === DATE_COLUMN && typeof v === "number" ? workbookSerial(v, layout.date1904) : v;
  for (const r of results) out[r.row - layout.headerRow - 1] = renderRow(r, lang).map(toCell);
  return out;
}

function findConflicts(layout: Layout, targets: readonly Cell[][]): Evaluated["conflicts"] {
  if (!layout.checkTarget) return undefined;
  const rows: number[] = [];
  let count = 0;
  const headerCells = layout.header.slice(
    layout.output.left - layout.areaLeft,
    layout.output.left - layout.areaLeft + OUTPUT_WIDTH,
  );
  const note = (cells: readonly Cell[], row: number): void => {
    const n = cells.filter((v) => v !== "" && v !== null && v !== undefined).length;
    if (n > 0) rows.push(row);
    count += n;
  };
  note(headerCells, layout.headerRow);
  targets.forEach((cells, i) => note(cells, layout.headerRow + 1 + i));
  return count === 0 ? undefined : { count, rows };
}

/** Read and evaluate the sheet; undefined when cancelled. Throws HostError when the host fails. */
export async function evaluateSheet(
  host: WorkbookHost,
  layout: Layout,
  ctx: Context,
  lang: Lang,
  hooks: JobHooks,
): Promise<Evaluated | undefined> {
  await hooks.onProgress({ phase: "read", done: 0, total: layout.dataRows });
  const read = await readAll(host, layout, hooks);
  if (!read) return undefined;
  const values: Cell[][] = [new Array<Cell>(layout.inputWidth).fill(""), ...read.inputs];
  // The header row is handed over blank: the mapping (recognised, then corrected in the pane) is the whole truth.
  const annotated = annotateValues(values, ctx, {
    firstRow: layout.headerRow,
    headerRow: layout.headerRow,
    mapping: layout.mapping,
    date1904: layout.date1904,
  });
  if (!annotated) throw new Error("readInventory refused a layout with a product column");
  return {
    layout,
    annotated,
    output: renderAll(layout, annotated.results, lang),
    conflicts: findConflicts(layout, read.targets),
  };
}
