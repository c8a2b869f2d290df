// Issue 5: pressing the button on the sample inventory writes SPEC §3's columns right of it, and nothing else.
import { describe, expect, test } from "vitest";
import { annotateValues } from "../../../src/core/annotate";
import { outputHeaders, renderRows } from "../../../src/render";
import { getCell, readArea } from "../../excel/fake-excel/workbook";
import { loadSample } from "../../excel/fixtures/sample";
import { fakeExcel, snapshot } from "../../excel/setup";
import { CTX, run } from "./helpers";

const HEADER_ROW = 4; // the sample: title, date, blank row, then the header

describe("the sample inventory (title rows above the header)", () => {
  test("writes the seven output columns right of the used range, one row per data row", async () => {
    const rows = await loadSample();
    const f = fakeExcel(rows);
    const before = snapshot(f.sheet);
    const { result } = await run(f);
    expect(result.status).toBe("written");
    const width = rows[0]?.length ?? 0;
    expect(readArea(f.sheet, { top: HEADER_ROW - 1, left: width, rows: 1, columns: 7 })[0]).toEqual(outputHeaders("ja"));
    // What the CLI would write for the same values (SPEC §3), "" where it writes nothing.
    const expected = renderRows(annotateValues(rows, CTX)?.results ?? [], "ja").map((r) => r.map((v) => v ?? ""));
    expect(readArea(f.sheet, { top: HEADER_ROW, left: width, rows: 8, columns: 7 })).toEqual(expected);
    // Input cells unchanged, nothing above the header or left of the block written.
    expect(readArea(f.sheet, { top: 0, left: 0, rows: rows.length, columns: width })).toEqual(before.map((r) => [...r]));
    expect(getCell(f.sheet, 0, width)).toBe("");
  });

  test("the cells a person reads: free version-up for row 5, an unreadable quantity on row 12, a real date format", async () => {
    const rows = await loadSample();
    const f = fakeExcel(rows);
    await run(f);
    const col = rows[0]?.length ?? 0;
    expect(getCell(f.sheet, 4, col + 3)).toBe("無償バージョンアップ");
    expect(getCell(f.sheet, 4, col + 0)).toBe("UL1256-N00-I");
    expect(String(getCell(f.sheet, 11, col + 5))).toMatch(/^【エラー】.*数量/);
    expect(getCell(f.sheet, 11, col + 3)).toBe("");
    expect(f.sheet.numberFormats.get(`4,${col + 4}`)).toBe("yyyy/mm/dd");
    expect(f.sheet.conditionalFormats.map((c) => c.textComparison.rule?.text)).toEqual(["【エラー】", "【警告】"]);
  });

  test("a second run reuses our block (in the other language) instead of adding one", async () => {
    const f = fakeExcel(await loadSample());
    await run(f);
    const width = f.sheet.cells[3]?.length;
    const { result } = await run(f, { lang: "en" });
    expect(result.status).toBe("written");
    expect(f.sheet.cells[3]?.length).toBe(width);
    expect(f.sheet.cells[3]?.slice(-7)).toEqual(outputHeaders("en"));
    expect(getCell(f.sheet, 4, (width ?? 0) - 4)).toBe("Free version-up");
    expect(f.sheet.conditionalFormats.map((c) => c.textComparison.rule?.text)).toEqual(["【Error】", "【Warning】"]);
  });

  test("clears our cells on rows that became blank, and never reads our block as input", async () => {
    const rows = await loadSample();
    const f = fakeExcel(rows);
    await run(f);
    const col = rows[0]?.length ?? 0;
    f.sheet.cells[5] = f.sheet.cells[5]!.map((v, i) => (i < col ? "" : v)); // the person empties row 6's inputs
    const { result } = await run(f);
    expect(readArea(f.sheet, { top: 5, left: col, rows: 1, columns: 7 })[0]).toEqual(["", "", "", "", "", "", ""]);
    expect(result.status === "written" && result.evaluated.annotated.results.map((r) => r.row)).toEqual([5, 7, 8, 9, 10, 11, 12]);
  });
});

describe("the person's corrections", () => {
  test("a header row picked by hand when none is recognised", async () => {
    const f = fakeExcel([["棚卸"], ["品目", "個数"], ["WebSAM JMSS (稼働マシン用)", 2]]);
    expect((await run(f)).result).toEqual({ status: "problem", problem: { code: "NO_HEADER" } });
    const { result } = await run(f, { choices: { headerRow: 2, mapping: { product: 0, quantity: 1 } } });
    expect(result.status).toBe("written");
    expect(getCell(f.sheet, 1, 2)).toBe("移行先型番");
    expect(getCell(f.sheet, 2, 4)).toBe(2);
  });

  test("a recognised column can be un-mapped (the role column ignored → the name decides)", async () => {
    const f = fakeExcel([
      ["製品名", "用途", "数量", "保守契約"],
      ["WebSAM JMSS (稼働マシン用)", "JMSSサーバ", 1, "あり"],
    ]);
    await run(f);
    const withRole = getCell(f.sheet, 1, 4);
    await run(f, { choices: { mapping: { role: null } } });
    expect(withRole).toBe("UL1256-N00-I");
    expect(getCell(f.sheet, 1, 4)).toBe("UL1256-N01-I");
  });

  test("no product column → a problem, nothing written", async () => {
    const f = fakeExcel([
      ["型番", "数量"],
      ["UL1044-D01", 1],
    ]);
    expect((await run(f)).result).toEqual({ status: "problem", problem: { code: "NO_PRODUCT_COLUMN" } });
    expect(f.office.stats.log.every((s) => s.writes === 0)).toBe(true);
  });
});

describe("a workbook on the 1904 date system (made on an old Mac)", () => {
  // 2026-03-31 is serial 46112 counted from 1900, 44650 counted from 1904; the renewal runs to 2027-03-31
  const sheet = (serial: number): (string | number)[][] => [
    ["製品名", "サポート期限", "数量"],
    ["Enterprise Architect Corporate", serial, 1],
  ];

  test("its date cells are read, and 新サポート期限 written, as the days it shows", async () => {
    const f1900 = fakeExcel(sheet(46112));
    const r1900 = (await run(f1900)).result;
    const f1904 = fakeExcel(sheet(44650));
    f1904.book.date1904 = true;
    const r1904 = (await run(f1904)).result;
    if (r1900.status !== "written" || r1904.status !== "written") throw new Error("not written");
    expect(r1904.evaluated.annotated.results[0]?.supportEnd).toBe("2027-03-31");
    expect(r1904.evaluated.annotated.results).toEqual(r1900.evaluated.annotated.results);
    expect(getCell(f1900.sheet, 1, 3 + 4)).toBe(46477); // 2027-03-31 from 1900
    expect(getCell(f1904.sheet, 1, 3 + 4)).toBe(46477 - 1462);
  });
});
