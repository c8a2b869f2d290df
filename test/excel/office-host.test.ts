// The real office host (src/excel) against the in-memory workbook: what it reads, what it writes, in how many requests.
import { describe, expect, test } from "vitest";
import { toHostError } from "../../src/excel/office-run";
import { HostError } from "../../src/excel/workbook-host";
import { formatAt, getCell, readArea } from "./fake-excel/workbook";
import { loadSample } from "./fixtures/sample";
import { fakeExcel } from "./setup";

describe("locate", () => {
  test("finds the sample's used range and hands over the first 20 rows, in three requests", async () => {
    const rows = await loadSample();
    const { host, office } = fakeExcel(rows);
    const found = await host.locate();
    expect(found).toMatchObject({
      sheetName: "JMSS棚卸",
      source: { kind: "range" },
      address: "A1:J12",
      protected: false,
      filtered: false,
    });
    expect(found?.head).toHaveLength(12);
    expect(found?.head[3]?.slice(0, 4)).toEqual(["製品名", "型番", "用途", "数量"]);
    expect(office.stats.roundTrips).toBeLessThanOrEqual(3);
  });

  test("prefers the Excel table holding the active cell", async () => {
    const { host, sheet, book } = fakeExcel([]);
    const first = { top: 0, left: 0, rows: 2, columns: 2 };
    const second = { top: 5, left: 3, rows: 3, columns: 2 };
    sheet.cells[0] = ["製品名", "数量"];
    sheet.cells[5] = ["", "", "", "製品名", "数量"];
    sheet.tables.push({ name: "Old", area: first, filtered: false }, { name: "Inventory", area: second, filtered: true });
    book.activeCell = { row: 6, column: 4 };
    const found = await host.locate();
    expect(found).toMatchObject({ source: { kind: "table", name: "Inventory" }, area: second, filtered: true, address: "D6:E8" });
  });

  test("a table's totals row is not part of the inventory", async () => {
    const { host, sheet } = fakeExcel([]);
    sheet.cells[0] = ["製品名", "数量"];
    sheet.cells[1] = ["WebSAM JMSS", 1];
    sheet.cells[2] = ["集計", 1];
    sheet.tables.push({ name: "棚卸", area: { top: 0, left: 0, rows: 3, columns: 2 }, filtered: false, showTotals: true });
    const found = await host.locate();
    expect(found).toMatchObject({ area: { top: 0, left: 0, rows: 2, columns: 2 }, address: "A1:B2" });
    expect(found?.head).toEqual([
      ["製品名", "数量"],
      ["WebSAM JMSS", 1],
    ]);
  });

  test("says so when the sheet is empty, and reports protection", async () => {
    const { host, sheet } = fakeExcel([]);
    sheet.protected = true;
    expect(await host.locate()).toBeUndefined();
    sheet.cells[0] = ["x"];
    expect((await host.locate())?.protected).toBe(true);
  });
});

describe("read and write", () => {
  test("reads several column spans of a chunk in one request", async () => {
    const rows = await loadSample();
    const { host, office, sheet } = fakeExcel(rows);
    const [left, right] = await host.readCells(sheet.id, 4, 3, [
      { left: 0, columns: 2 },
      { left: 9, columns: 1 },
    ]);
    expect(left).toEqual(rows.slice(4, 7).map((r) => r.slice(0, 2)));
    expect(right).toEqual(rows.slice(4, 7).map((r) => r.slice(9, 10)));
    expect(office.stats.roundTrips).toBe(1);
  });

  test("writes a chunk with the date format, wrapped text and calculation suspended, in one request", async () => {
    const { host, office, sheet } = fakeExcel([["a"]]);
    const values = [
      ["UL1256-N00-I", "JobCenter MG", 1, "無償バージョンアップ", 46022, "", "J1, J2"],
      ["", "", "", "", "", "【エラー】…", ""],
    ];
    await host.writeCells(sheet.id, 4, 10, values, 4);
    expect(readArea(sheet, { top: 4, left: 10, rows: 2, columns: 7 })).toEqual(values);
    expect(sheet.numberFormats.get("4,14")).toBe("yyyy/mm/dd");
    expect(formatAt(sheet, 5, 15, "wrapText")).toBe(true);
    expect(office.stats.log).toEqual([expect.objectContaining({ calculationSuspended: true, screenUpdatingSuspended: true })]);
  });

  test("leaves screen updating alone on an Excel without ExcelApi 1.9", async () => {
    const { host, office, sheet } = fakeExcel([["a"]], { apiVersion: "1.8" });
    await host.writeCells(sheet.id, 0, 2, [["x"]], 0);
    expect(office.stats.log[0]).toMatchObject({ calculationSuspended: true, screenUpdatingSuspended: false });
  });

  test("prepares the header and red/amber rules on the warnings cells only", async () => {
    const { host, sheet } = fakeExcel([["a"]]);
    const headers = ["移行先型番", "移行先製品", "移行数量", "価格区分", "新サポート期限", "警告", "根拠"];
    const marks = { error: "【エラー】", warning: "【警告】" };
    await host.prepareOutput(sheet.id, {
      headerTop: 3,
      left: 11,
      headers,
      dataTop: 4,
      dataRows: 8,
      dateColumn: 4,
      warningsColumn: 5,
      marks,
      widths: [1, 2, 3, 4, 5, 6, 7],
    });
    expect(readArea(sheet, { top: 3, left: 11, rows: 1, columns: 7 })).toEqual([headers]);
    expect(
      sheet.conditionalFormats.map((c) => [c.area, c.textComparison.rule?.text, c.textComparison.format.fill.color]),
    ).toEqual([
      [{ top: 4, left: 16, rows: 8, columns: 1 }, "【エラー】", "#FFC7CE"],
      [{ top: 4, left: 16, rows: 8, columns: 1 }, "【警告】", "#FFEB9C"],
    ]);
    // a second run replaces our rules instead of piling them up
    await host.prepareOutput(sheet.id, {
      headerTop: 3,
      left: 11,
      headers,
      dataTop: 4,
      dataRows: 8,
      dateColumn: 4,
      warningsColumn: 5,
      marks,
      widths: undefined,
    });
    expect(sheet.conditionalFormats).toHaveLength(2);
    expect(formatAt(sheet, 3, 16, "columnWidth")).toBe(6);
  });
});

describe("failures a person can act on", () => {
  test.each([
    ["a protected sheet", "protected", (f: ReturnType<typeof fakeExcel>) => (f.sheet.protected = true)],
    ["a cell being edited", "cellEdit", (f: ReturnType<typeof fakeExcel>) => (f.book.editing = true)],
    [
      "a merged cell in the way",
      "merged",
      (f: ReturnType<typeof fakeExcel>) => f.sheet.merged.push({ top: 0, left: 2, rows: 2, columns: 2 }),
    ],
  ])("%s → HostError %s, nothing written", async (_, kind, arrange) => {
    const f = fakeExcel([["a"]]);
    arrange(f);
    const err = await f.host.writeCells(f.sheet.id, 0, 2, [["x"]], 0).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect((err as HostError).kind).toBe(kind);
    expect(getCell(f.sheet, 0, 2)).toBe("");
  });

  test("a request over the payload limit is refused whole (RequestPayloadSizeLimitExceeded)", async () => {
    const f = fakeExcel([["a"]], { requestLimit: 1000 });
    const big = Array.from({ length: 50 }, () => ["ジョブ管理サーバの移行について"]);
    const err = (await f.host.writeCells(f.sheet.id, 0, 2, big, 0).catch((e: unknown) => e)) as HostError;
    expect([err.kind, err.code]).toEqual(["payload", "RequestPayloadSizeLimitExceeded"]);
    expect(getCell(f.sheet, 0, 2)).toBe("");
  });

  test("finds merged cells in the areas asked about", async () => {
    const f = fakeExcel([["a"]]);
    f.sheet.merged.push({ top: 4, left: 0, rows: 3, columns: 1 }, { top: 8, left: 2, rows: 1, columns: 2 });
    const found = await f.host.findMerged(f.sheet.id, [
      { top: 3, left: 8, rows: 10, columns: 7 },
      { top: 4, left: 0, rows: 10, columns: 8 },
    ]);
    expect(found).toEqual(["", "A5:A7,C9:D9"]);
  });
});

/** A two-column template with one drop-down list. */
const TEMPLATE = {
  name: "棚卸",
  headers: ["製品名", "保守契約"],
  example: ["WebSAM JMSS", "あり"],
  lists: [{ column: 1, words: ["あり", "なし"] }],
  rows: 500,
};

describe("selection and template", () => {
  test("selects the rows as whole-row areas, consecutive rows joined", async () => {
    const f = fakeExcel([["a"]]);
    expect(await f.host.selectRows(f.sheet.id, [9, 5, 6, 7])).toEqual(["5:7", "9:9"]);
    expect(f.sheet.selection).toEqual(["5:7", "9:9"]);
  });

  test("inserts a template sheet under a free name with drop-downs and a frozen header", async () => {
    const f = fakeExcel([["a"]], {}, "棚卸");
    const t = TEMPLATE;
    expect(await f.host.insertTemplate(t)).toEqual({ name: "棚卸 (2)", lists: true });
    const added = f.book.sheet("棚卸 (2)");
    expect(readArea(added!, { top: 0, left: 0, rows: 2, columns: 2 })).toEqual([t.headers, t.example]);
    expect(added?.validations).toEqual([
      {
        area: { top: 1, left: 1, rows: TEMPLATE.rows, columns: 1 },
        rule: { list: { inCellDropDown: true, source: "あり,なし" } },
      },
    ]);
    expect(added?.frozenRows).toBe(1);
    expect(f.book.activeSheetId).toBe(added?.id);
  });
});

describe("an Excel with ExcelApi 1.7 only (the manifest's minimum): every newer call has its fallback", () => {
  const old = { apiVersion: "1.7" };

  test("the fake refuses a newer member as Excel does, and the pane hears 'unsupported', not 'try again'", async () => {
    const f = fakeExcel([["a"]], old);
    const err = (await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(f.sheet.id).getRanges("1:1").select();
      await context.sync();
    }).catch((e: unknown) => toHostError(e))) as HostError;
    expect([err.kind, err.code]).toEqual(["unsupported", "ApiNotFound"]);
  });

  test("selecting rows apart selects the first run only (RangeAreas.select is 1.18) and says which", async () => {
    const f = fakeExcel([["a"]], { apiVersion: "1.17" });
    expect(await f.host.selectRows(f.sheet.id, [9, 5, 6, 7])).toEqual(["5:7"]);
    expect(f.sheet.selection).toEqual(["5:7"]);
  });

  test("the template comes without drop-down lists (data validation is 1.8) and says so", async () => {
    const f = fakeExcel([["a"]], old);
    const t = TEMPLATE;
    expect(await f.host.insertTemplate(t)).toEqual({ name: "棚卸", lists: false });
    expect(f.book.sheet("棚卸")?.validations).toEqual([]);
    expect(readArea(f.book.sheet("棚卸")!, { top: 0, left: 0, rows: 2, columns: 2 })).toEqual([t.headers, t.example]);
  });

  test("locate works, and cannot know of a filter (AutoFilter is 1.9): the write reports it instead", async () => {
    const rows = await loadSample();
    const f = fakeExcel(rows, old);
    f.sheet.filtered = true;
    expect(await f.host.locate()).toMatchObject({ address: "A1:J12", filtered: false });
  });

  test("merged cells are not looked for (1.13) and chunks are written without suspending the screen (1.9)", async () => {
    const f = fakeExcel([["a"]], old);
    f.sheet.merged.push({ top: 4, left: 0, rows: 3, columns: 1 });
    expect(await f.host.findMerged(f.sheet.id, [{ top: 0, left: 0, rows: 10, columns: 2 }])).toEqual([""]);
    await f.host.writeCells(f.sheet.id, 0, 2, [["x"]], 0);
    expect(f.office.stats.log.at(-1)).toMatchObject({ calculationSuspended: true, screenUpdatingSuspended: false });
  });
});

describe("error codes are looked up without Object.prototype", () => {
  test.each(["constructor", "__proto__", "toString", "hasOwnProperty"])(
    "an Office error with code %s is an Office error",
    (code) => {
      const e = toHostError(Object.assign(new Error("odd"), { code }));
      expect([e.kind, e.code]).toEqual(["office", code]);
    },
  );
});
