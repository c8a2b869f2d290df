// Issue 5 §2: a full sheet (100,000 rows) in a number of requests proportional to the chunks, not the rows; every
// request under Excel on the web's 5 MB limit; Cancel leaves whole chunks; an oversized request is retried smaller.
import { describe, expect, test } from "vitest";
import { annotateValues } from "../../../src/core/annotate";
import { renderRows } from "../../../src/render";
import type { WorkbookHost } from "../../../src/excel/workbook-host";
import { HostError } from "../../../src/excel/workbook-host";
import { EXCEL_WEB_LIMITS, rowsPerRead } from "../../../src/taskpane/job/chunks";
import type { Cell } from "../../excel/fake-excel/workbook";
import { readArea } from "../../excel/fake-excel/workbook";
import { LIMIT_5MB } from "../../excel/fake-excel/context";
import { loadSample, repeatRows } from "../../excel/fixtures/sample";
import { fakeExcel } from "../../excel/setup";
import { CTX, run } from "./helpers";

/** What the core decides for these sheet values, as the output block (SPEC §3), "" for nothing. */
const expectedBlock = (rows: Cell[][]): Cell[][] =>
  renderRows(annotateValues(rows, CTX)?.results ?? [], "ja").map((r) => r.map((v) => v ?? ""));

async function bigSheet(dataRows: number): Promise<{ rows: Cell[][]; width: number }> {
  const sample = await loadSample();
  const rows = [...sample.slice(0, 4), ...repeatRows(sample.slice(4), dataRows)];
  return { rows, width: sample[0]?.length ?? 0 };
}

/** Output rows actually written: the data rows whose 警告/根拠/price cells are not all empty, or our header. */
const writtenRows = (block: Cell[][]): number[] => block.flatMap((r, i) => (r.some((v) => v !== "") ? [i] : []));

describe("100,000 rows", () => {
  test("take a few dozen requests, each under 5 MB, with calculation suspended while writing", async () => {
    const { rows, width } = await bigSheet(100_000);
    const f = fakeExcel(rows);
    const { result, progress } = await run(f);
    expect(result.status).toBe("written");
    if (result.status !== "written") return;
    expect(result.written).toMatchObject({ rows: 100_000, total: 100_000, first: 5, last: 100_004, cancelled: false });

    const log = f.office.stats.log;
    const reads = Math.ceil(100_000 / rowsPerRead(width, EXCEL_WEB_LIMITS));
    const writes = log.filter((s) => s.calculationSuspended).length;
    // locate (2: no tables on the sheet) + merged check (1) + reads + header/format (1) + writes + recalculation (1)
    expect(f.office.stats.roundTrips).toBe(2 + 1 + reads + 1 + writes + 1);
    expect(writes).toBeLessThanOrEqual(Math.ceil(100_000 / EXCEL_WEB_LIMITS.maxRows) + 2);
    expect(Math.max(...log.map((s) => Math.max(s.requestBytes, s.responseBytes)))).toBeLessThan(LIMIT_5MB);
    expect(log.filter((s) => s.writes > 0 && !s.calculationSuspended)).toHaveLength(1); // only the header/format request
    expect(f.book.calculations).toBe(1);
    expect(progress.at(-1)).toEqual({ phase: "write", done: 100_000, total: 100_000 });

    expect(readArea(f.sheet, { top: 4, left: width, rows: 100_000, columns: 7 })).toEqual(expectedBlock(rows));
  }, 120_000);
});

describe("Cancel", () => {
  test("stops between chunks: the written rows are whole chunks from the top, the rest untouched", async () => {
    const { rows, width } = await bigSheet(20_000);
    const f = fakeExcel(rows);
    const { result } = await run(f, { limits: { maxRows: 1_000 }, cancelAfter: { phase: "write", reports: 3 } });
    expect(result.status).toBe("written");
    if (result.status !== "written") return;
    expect(result.written).toMatchObject({ rows: 3_000, total: 20_000, first: 5, last: 3_004, cancelled: true });
    const block = readArea(f.sheet, { top: 4, left: width, rows: 20_000, columns: 7 });
    expect(writtenRows(block)).toEqual(Array.from({ length: 3_000 }, (_, i) => i));
    expect(block.slice(0, 3_000)).toEqual(expectedBlock(rows).slice(0, 3_000));
    expect(f.book.calculations).toBe(1); // still recalculated what was written
  });

  test("during reading writes nothing at all", async () => {
    const { rows, width } = await bigSheet(5_000);
    const f = fakeExcel(rows);
    const { result } = await run(f, { limits: { maxRows: 500 }, cancelAfter: { phase: "read", reports: 2 } });
    expect(result).toEqual({ status: "cancelled" });
    expect(writtenRows(readArea(f.sheet, { top: 3, left: width, rows: 5_001, columns: 7 }))).toEqual([]);
  });
});

describe("RequestPayloadSizeLimitExceeded", () => {
  test("a refused chunk is written again in halves; every row arrives once", async () => {
    const { rows, width } = await bigSheet(2_000);
    const f = fakeExcel(rows, { requestLimit: 150_000, responseLimit: 150_000 });
    const { result } = await run(f);
    expect(result.status === "written" && result.written).toMatchObject({ rows: 2_000, cancelled: false, problem: undefined });
    expect(readArea(f.sheet, { top: 4, left: width, rows: 2_000, columns: 7 })).toEqual(expectedBlock(rows));
    expect(Math.max(...f.office.stats.log.map((s) => s.requestBytes))).toBeLessThanOrEqual(150_000);
  });

  test("a row too large for any request is a problem naming it; the rows above it are written", async () => {
    const { rows, width } = await bigSheet(10);
    const f = fakeExcel(rows);
    const refuseRow8 = (host: WorkbookHost): WorkbookHost => ({
      ...host,
      writeCells: (id, top, left, values, dateColumn) =>
        top <= 7 && top + values.length > 7
          ? Promise.reject(new HostError("payload", "RequestPayloadSizeLimitExceeded", "too large"))
          : host.writeCells(id, top, left, values, dateColumn),
    });
    const { result } = await run(f, { host: refuseRow8 });
    expect(result.status === "written" && result.written).toMatchObject({
      rows: 3,
      first: 5,
      last: 7,
      problem: { code: "PAYLOAD", detail: "8" },
    });
    const block = readArea(f.sheet, { top: 4, left: width, rows: 10, columns: 7 });
    expect(writtenRows(block)).toEqual([0, 1, 2]);
  });
});
