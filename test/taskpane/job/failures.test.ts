// Issue 5 §3: a protected, filtered or merged sheet stops the run before anything is written; someone else's cells
// right of a table are not overwritten without asking; Office failures mid-run say which rows were written.
import { describe, expect, test } from "vitest";
import type { WorkbookHost } from "../../../src/excel/workbook-host";
import { HostError } from "../../../src/excel/workbook-host";
import { resumeRun } from "../../../src/taskpane/job/run-annotate";
import { EXCEL_WEB_LIMITS } from "../../../src/taskpane/job/chunks";
import { getCell, readArea } from "../../excel/fake-excel/workbook";
import { loadSample } from "../../excel/fixtures/sample";
import { fakeExcel, snapshot } from "../../excel/setup";
import { run } from "./helpers";

const noWrites = (f: ReturnType<typeof fakeExcel>): boolean => f.office.stats.log.every((s) => s.writes === 0);

describe("stopped before writing", () => {
  test.each([
    ["a protected sheet", "PROTECTED", (f: ReturnType<typeof fakeExcel>) => (f.sheet.protected = true)],
    ["a filtered sheet", "FILTERED", (f: ReturnType<typeof fakeExcel>) => (f.sheet.filtered = true)],
    [
      "merged cells where our columns go",
      "MERGED_TARGET",
      (f: ReturnType<typeof fakeExcel>) => f.sheet.merged.push({ top: 5, left: 10, rows: 2, columns: 2 }),
    ],
    [
      "merged cells among the inventory's rows",
      "MERGED_INPUT",
      (f: ReturnType<typeof fakeExcel>) => f.sheet.merged.push({ top: 5, left: 2, rows: 3, columns: 1 }),
    ],
  ])("%s → %s", async (_, code, arrange) => {
    const f = fakeExcel(await loadSample());
    arrange(f);
    const before = snapshot(f.sheet);
    const { result } = await run(f);
    expect(result.status === "problem" && result.problem.code).toBe(code);
    expect(noWrites(f)).toBe(true);
    expect(snapshot(f.sheet)).toEqual(before);
  });

  test.each(["見積", "見積 (2)", "Quote", "価格表", "Price book"])(
    "a sheet named %s (a quote or the price book, SPEC §7) → NOT_INVENTORY, nothing written",
    async (name) => {
      const f = fakeExcel(await loadSample(), {}, name);
      const before = snapshot(f.sheet);
      const { result } = await run(f);
      expect(result.status === "problem" && result.problem.code).toBe("NOT_INVENTORY");
      expect(noWrites(f)).toBe(true);
      expect(snapshot(f.sheet)).toEqual(before);
    },
  );

  test("the merged cells are named so they can be found", async () => {
    const f = fakeExcel(await loadSample());
    f.sheet.merged.push({ top: 5, left: 2, rows: 3, columns: 1 });
    const { result } = await run(f);
    expect(result).toEqual({ status: "problem", problem: { code: "MERGED_INPUT", detail: "C6:C8" } });
  });

  test("a title merged across the top is no problem", async () => {
    const f = fakeExcel(await loadSample());
    f.sheet.merged.push({ top: 0, left: 0, rows: 1, columns: 6 });
    expect((await run(f)).result.status).toBe("written");
  });

  test("a cell being edited → CELL_EDIT", async () => {
    const f = fakeExcel(await loadSample());
    const startEditing = (host: WorkbookHost): WorkbookHost => ({
      ...host,
      locate: async () => {
        const found = await host.locate();
        f.book.editing = true; // the person clicks into a cell after the pane found the inventory
        return found;
      },
    });
    const { result } = await run(f, { host: startEditing });
    expect(result).toEqual({ status: "problem", problem: { code: "CELL_EDIT" } });
  });
});

describe("an Excel table with someone's cells to its right", () => {
  async function tableSheet(): Promise<ReturnType<typeof fakeExcel>> {
    const rows = (await loadSample()).slice(3); // header on row 1
    const f = fakeExcel(rows.map((r) => r.slice(0, 8)));
    f.sheet.tables.push({ name: "棚卸", area: { top: 0, left: 0, rows: rows.length, columns: 8 }, filtered: false });
    f.sheet.cells[2]![9] = "田中さんのメモ"; // J3, inside where our block would go (I:O)
    return f;
  }

  test("asks first, naming how many cells and which rows", async () => {
    const f = await tableSheet();
    const { result } = await run(f);
    expect(result.status).toBe("confirm");
    expect(result.status === "confirm" && result.evaluated.conflicts).toEqual({ count: 1, rows: [3] });
    expect(getCell(f.sheet, 2, 9)).toBe("田中さんのメモ");
    expect(noWrites(f)).toBe(true);
  });

  test("a formula that shows nothing is somebody's cell too", async () => {
    const f = await tableSheet();
    f.sheet.cells[2]![9] = "";
    f.sheet.formulas.set("4,10", '=IF(B5="","",B5)'); // K5 shows "" but holds a formula
    f.sheet.cells[4]![10] = "";
    const { result } = await run(f);
    expect(result.status === "confirm" && result.evaluated.conflicts).toEqual({ count: 1, rows: [5] });
    expect(f.sheet.formulas.get("4,10")).toBe('=IF(B5="","",B5)');
  });

  test("overwrite: the block goes right of the table", async () => {
    const f = await tableSheet();
    const located = (await f.host.locate())!;
    const { result } = await run(f);
    if (result.status !== "confirm") throw new Error(result.status);
    const hooks = { signal: new AbortController().signal, onProgress: () => {}, limits: EXCEL_WEB_LIMITS };
    await resumeRun(f.host, located, result.evaluated, "overwrite", "ja", hooks);
    expect(getCell(f.sheet, 0, 8)).toBe("移行先型番");
    expect(getCell(f.sheet, 2, 9)).not.toBe("田中さんのメモ");
  });

  test("keep clear: the block goes right of the used range and the note stays", async () => {
    const f = await tableSheet();
    const located = (await f.host.locate())!;
    const { result } = await run(f);
    if (result.status !== "confirm") throw new Error(result.status);
    const hooks = { signal: new AbortController().signal, onProgress: () => {}, limits: EXCEL_WEB_LIMITS };
    await resumeRun(f.host, located, result.evaluated, "clear", "ja", hooks);
    expect(getCell(f.sheet, 2, 9)).toBe("田中さんのメモ");
    expect(readArea(f.sheet, { top: 0, left: 10, rows: 1, columns: 1 })).toEqual([["移行先型番"]]);
  });

  test("keep clear: merged cells in the empty columns the block moves to stop it before anything is written", async () => {
    const f = await tableSheet();
    f.sheet.merged.push({ top: 4, left: 15, rows: 2, columns: 2 }); // P5:Q6: beyond I:O, inside K:Q where it moves
    const located = (await f.host.locate())!;
    const { result } = await run(f);
    if (result.status !== "confirm") throw new Error(result.status);
    const before = snapshot(f.sheet);
    const hooks = { signal: new AbortController().signal, onProgress: () => {}, limits: EXCEL_WEB_LIMITS };
    const resumed = await resumeRun(f.host, located, result.evaluated, "clear", "ja", hooks);
    expect(resumed).toEqual({ status: "problem", problem: { code: "MERGED_TARGET", detail: "P5:Q6" } });
    expect(snapshot(f.sheet)).toEqual(before);
  });

  test("a second run finds the block next to the table and reuses it without asking", async () => {
    const f = await tableSheet();
    f.sheet.cells[2]![9] = "";
    expect((await run(f)).result.status).toBe("written");
    expect((await run(f)).result.status).toBe("written");
    expect(f.sheet.cells[0]?.length).toBe(15);
  });
});

describe("an Office failure halfway", () => {
  test("says which rows were written", async () => {
    const f = fakeExcel(await loadSample());
    let calls = 0;
    const failSecond = (host: WorkbookHost): WorkbookHost => ({
      ...host,
      writeCells: (...args) =>
        ++calls === 2 ? Promise.reject(new HostError("office", "GeneralException", "boom")) : host.writeCells(...args),
    });
    const { result } = await run(f, { host: failSecond, limits: { maxRows: 3 } });
    expect(result.status === "written" && result.written).toMatchObject({
      rows: 3,
      first: 5,
      last: 7,
      cancelled: false,
      problem: { code: "OFFICE", detail: "GeneralException: boom" },
    });
  });
});
