// Running the pane's job on the in-memory workbook through the real office host.
import type { Context, IsoDate, Lang } from "../../../src/core/model";
import type { ChunkLimits } from "../../../src/taskpane/job/chunks";
import { EXCEL_WEB_LIMITS } from "../../../src/taskpane/job/chunks";
import type { Choices } from "../../../src/taskpane/job/layout";
import type { Progress } from "../../../src/taskpane/job/read-sheet";
import type { RunResult } from "../../../src/taskpane/job/run-annotate";
import { startRun } from "../../../src/taskpane/job/run-annotate";
import type { WorkbookHost } from "../../../src/excel/workbook-host";
import type { Fixture } from "../../excel/setup";

export const CTX: Context = { asOf: "2025-11-01" as IsoDate, unified: false };

export interface RunOptions {
  choices?: Choices;
  lang?: Lang;
  limits?: Partial<ChunkLimits>;
  /** Cancel once this many progress reports of the phase have come in. */
  cancelAfter?: { phase: Progress["phase"]; reports: number };
  /** Wrap the office host, e.g. to make one request fail. */
  host?: (host: WorkbookHost) => WorkbookHost;
}

export async function run(f: Fixture, o: RunOptions = {}): Promise<{ result: RunResult; progress: Progress[] }> {
  const host = o.host ? o.host(f.host) : f.host;
  const located = await host.locate();
  if (!located) throw new Error("empty sheet");
  const progress: Progress[] = [];
  const abort = new AbortController();
  const onProgress = (p: Progress): void => {
    progress.push(p);
    const c = o.cancelAfter;
    if (c && p.phase === c.phase && progress.filter((x) => x.phase === c.phase && x.done > 0).length >= c.reports) abort.abort();
  };
  const hooks = { signal: abort.signal, onProgress, limits: { ...EXCEL_WEB_LIMITS, ...o.limits } };
  const result = await startRun(host, located, o.choices ?? {}, CTX, o.lang ?? "ja", hooks);
  return { result, progress };
}
