// Chunk sizes (issue 5 §2): every planned request stays under the payload and cell limits, however long the text.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { Cell } from "../../../src/excel/workbook-host";
import type { ChunkLimits } from "../../../src/taskpane/job/chunks";
import { cellBytes, EXCEL_WEB_LIMITS, halve, planWriteChunks, rowsPerRead } from "../../../src/taskpane/job/chunks";

const encoder = new TextEncoder();

describe("cellBytes", () => {
  test("is never less than the cell's JSON in UTF-8 (the estimate errs on the large side)", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: "grapheme" }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean()),
        (v) => {
          expect(cellBytes(v)).toBeGreaterThanOrEqual(encoder.encode(JSON.stringify(v)).length + 1);
        },
      ),
    );
  });
});

describe("rowsPerRead", () => {
  test("fits the payload budget, the 5,000,000-cell limit and the row cap", () => {
    const limits = EXCEL_WEB_LIMITS;
    expect(rowsPerRead(10, limits)).toBe(Math.floor(limits.payloadBytes / (10 * limits.readBytesPerCell)));
    expect(rowsPerRead(1, limits)).toBe(limits.maxRows);
    expect(rowsPerRead(2_000, { ...limits, readBytesPerCell: 1 })).toBe(2_097); // 4 MiB / 2,000 cells
    expect(rowsPerRead(2_000, { ...limits, readBytesPerCell: 1, payloadBytes: 1e12, maxRows: 1e9 })).toBe(2_500); // 5M cells
    expect(rowsPerRead(100_000, limits)).toBe(1);
  });
});

describe("planWriteChunks", () => {
  const limits: ChunkLimits = { payloadBytes: 10_000, maxCells: 700, readBytesPerCell: 128, maxRows: 50 };
  const row = fc.array(fc.oneof(fc.string({ unit: "grapheme", maxLength: 200 }), fc.integer()), { minLength: 7, maxLength: 7 });

  test("covers every row once, in order, each chunk under every limit (one oversized row alone)", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 400 }), (rows: Cell[][]) => {
        const chunks = planWriteChunks(rows, limits);
        let next = 0;
        for (const c of chunks) {
          expect(c.start).toBe(next);
          next += c.count;
          const cells = rows.slice(c.start, c.start + c.count);
          const bytes = cells.reduce((n, r) => n + r.reduce<number>((m, v) => m + cellBytes(v), 24), 0);
          expect(c.count <= limits.maxRows && c.count * 7 <= limits.maxCells).toBe(true);
          if (c.count > 1) expect(bytes).toBeLessThanOrEqual(limits.payloadBytes);
        }
        expect(next).toBe(rows.length);
      }),
    );
  });

  test("100,000 short rows make chunks of maxRows", () => {
    const rows = Array.from({ length: 100_000 }, () => ["UL1256-N00-I", "JobCenter MG", 1, "FREE", 46022, "", "J1"] as Cell[]);
    expect(planWriteChunks(rows, EXCEL_WEB_LIMITS).map((c) => c.count)).toEqual(new Array(20).fill(5_000));
  });

  test("halve splits a refused chunk and gives up at one row", () => {
    expect(halve({ start: 10, count: 5 })).toEqual([
      { start: 10, count: 3 },
      { start: 13, count: 2 },
    ]);
    expect(halve({ start: 10, count: 1 })).toBeUndefined();
  });
});
