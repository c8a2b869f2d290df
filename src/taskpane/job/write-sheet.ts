// Write our output block (SPEC §3) in chunks: one host request for the header and formats, one per chunk, one to
// recalculate. Cancel stops between chunks; chunks go top to bottom, so what is written is always rows first..last.
import type { Lang } from "../../core/model";
import { outputHeaders } from "../../render";
import { OUTPUT_COLUMNS } from "../../core/output-columns";
import { severityLabel } from "../../i18n";
import type { OutputFrame, WorkbookHost } from "../../excel/workbook-host";
import { HostError } from "../../excel/workbook-host";
import type { Chunk } from "./chunks";
import { halve, planWriteChunks } from "./chunks";
import type { Problem } from "./problems";
import { problemFromError } from "./problems";
import type { Evaluated, JobHooks } from "./read-sheet";

const DATE_COLUMN = OUTPUT_COLUMNS.findIndex((c) => c.key === "supportEnd");
const WARNINGS_COLUMN = OUTPUT_COLUMNS.findIndex((c) => c.key === "warnings");
/** Points: SKU, product, qty, price class, new support end, warnings, rules. */
const WIDTHS = [100, 260, 56, 130, 84, 380, 84];

export interface Written {
  /** Data rows written, counted from the first data row. */
  readonly rows: number;
  readonly total: number;
  /** Sheet rows (1-based) of the first and last row written; last < first when none was. */
  readonly first: number;
  readonly last: number;
  readonly cancelled: boolean;
  readonly problem: Problem | undefined;
}

export function outputFrame(ev: Evaluated, lang: Lang): OutputFrame {
  const l = ev.layout;
  const { left, reused } = l.output;
  return {
    headerTop: l.headerRow - 1,
    left,
    headers: outputHeaders(lang),
    dataTop: l.dataTop,
    dataRows: l.dataRows,
    dateColumn: DATE_COLUMN,
    warningsColumn: WARNINGS_COLUMN,
    marks: { error: `【${severityLabel("error", lang)}】`, warning: `【${severityLabel("warning", lang)}】` },
    widths: reused ? undefined : WIDTHS,
  };
}

async function writeChunk(host: WorkbookHost, ev: Evaluated, c: Chunk): Promise<void> {
  const l = ev.layout;
  await host.writeCells(l.sheetId, l.dataTop + c.start, l.output.left, ev.output.slice(c.start, c.start + c.count), DATE_COLUMN);
}

/** Write the block where the layout puts it. Never throws for a host failure: the result says which rows were written. */
export async function writeSheet(host: WorkbookHost, ev: Evaluated, lang: Lang, hooks: JobHooks): Promise<Written> {
  const l = ev.layout;
  const total = l.dataRows;
  let rows = 0;
  let problem: Problem | undefined;
  const report = (cancelled: boolean): Written => ({
    rows,
    total,
    first: l.dataTop + 1,
    last: l.dataTop + rows,
    cancelled,
    problem,
  });
  await hooks.onProgress({ phase: "write", done: 0, total });
  try {
    await host.prepareOutput(l.sheetId, outputFrame(ev, lang));
  } catch (e) {
    problem = problemFromError(e);
    return report(false);
  }
  const queue = planWriteChunks(ev.output, hooks.limits);
  while (queue.length > 0 && !hooks.signal.aborted) {
    const chunk = queue.shift() as Chunk;
    try {
      await writeChunk(host, ev, chunk);
    } catch (e) {
      const halves = e instanceof HostError && e.kind === "payload" ? halve(chunk) : undefined;
      if (halves) {
        queue.unshift(...halves); // a refused request wrote nothing: write the same rows in two requests
        continue;
      }
      problem = problemFromError(e, String(l.dataTop + chunk.start + 1));
      break;
    }
    rows += chunk.count;
    await hooks.onProgress({ phase: "write", done: rows, total });
  }
  try {
    await host.finish();
  } catch (e) {
    problem ??= problemFromError(e);
  }
  return report(hooks.signal.aborted && problem === undefined && rows < total);
}
