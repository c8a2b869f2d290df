// 見積作成 (SPEC §7) from the pane: the core's quote on a new sheet, priced from the workbook's 価格表; the inventory
// and the price book are only read.
import { describe, expect, test } from "vitest";
import { annotateValues } from "../../src/core/annotate";
import { quoteAnnotated } from "../../src/core/quote";
import { CURRENCY_FORMAT, QUOTE_DATE_FORMAT, quoteSheetValues, readPriceBook } from "../../src/render";
import type { IsoDate } from "../../src/core/model";
import { buildQuote } from "../../src/taskpane/build-quote";
import { EXCEL_WEB_LIMITS } from "../../src/taskpane/job/chunks";
import type { Cell } from "../excel/fake-excel/workbook";
import { getCell, readArea } from "../excel/fake-excel/workbook";
import { loadSample } from "../excel/fixtures/sample";
import type { FakeExcelOptions } from "../excel/fake-excel/context";
import { fakeExcel, snapshot } from "../excel/setup";
import { CTX, run } from "./job/helpers";

const TODAY = "2025-11-20" as IsoDate;
const PRICE_BOOK: Cell[][] = [
  ["型番", "製品名", "価格区分", "単価"],
  ["UL1256-N00-I", "", "通常価格", 300_000],
  ["", "(JMSSからの移行用)WebSAM JobCenter SV/AG for Windows/Linux R16.2", "", 80_000],
];

async function finishedRun(options: FakeExcelOptions = {}): Promise<{
  f: ReturnType<typeof fakeExcel>;
  rows: Cell[][];
  finished: Parameters<typeof buildQuote>[1];
}> {
  const rows = await loadSample();
  const f = fakeExcel(rows, options);
  f.book.addSheet("価格表", PRICE_BOOK);
  const { result } = await run(f);
  if (result.status !== "written") throw new Error(result.status);
  return {
    f,
    rows,
    finished: { evaluated: result.evaluated, sheetName: "JMSS棚卸", entries: [], ctx: CTX, lang: "ja", complete: true },
  };
}

describe("buildQuote", () => {
  test("writes the core's quote sheet, priced from 価格表, on a new sheet 見積", async () => {
    const { f, rows, finished } = await finishedRun();
    const inventory = snapshot(f.sheet);
    expect(await buildQuote(f.host, finished, TODAY, EXCEL_WEB_LIMITS)).toEqual({ name: "見積", pageLayout: true });

    const annotated = annotateValues(rows, CTX)!;
    const book = readPriceBook(PRICE_BOOK, { sheet: "価格表" });
    const expected = quoteSheetValues(quoteAnnotated(annotated, book, { asOf: CTX.asOf, date: TODAY, sheet: "JMSS棚卸" }), "ja");
    const sheet = f.book.sheet("見積")!;
    const width = expected.widths.length;
    expect(readArea(sheet, { top: 0, left: 0, rows: expected.values.length, columns: width })).toEqual(
      expected.values.map((r) => r.map((v) => v ?? "")),
    );
    for (const c of expected.formats.filter((x) => x.format === "currency")) {
      expect(sheet.numberFormats.get(`${c.row},${c.col}`)).toBe(CURRENCY_FORMAT);
    }
    // Excel would read a rows cell such as "4-5" as a date: every text cell is written as text ("@").
    expected.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === "string" && v !== "") expect(sheet.numberFormats.get(`${r},${c}`), `${r},${c} ${v}`).toBe("@");
      }),
    );
    expect(sheet.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4" });
    expect(f.book.activeSheetId).toBe(sheet.id);
    expect(snapshot(f.sheet)).toEqual(inventory);
    expect(readArea(f.book.sheet("価格表")!, { top: 0, left: 0, rows: 3, columns: 4 })).toEqual(PRICE_BOOK);
  });

  test("a second quote goes to 見積 (2), never over the first", async () => {
    const { f, finished } = await finishedRun();
    await buildQuote(f.host, finished, TODAY, EXCEL_WEB_LIMITS);
    const first = snapshot(f.book.sheet("見積")!);
    expect((await buildQuote(f.host, finished, TODAY, EXCEL_WEB_LIMITS)).name).toBe("見積 (2)");
    expect(snapshot(f.book.sheet("見積")!)).toEqual(first);
  });

  test("an Excel with ExcelApi 1.7 only: the same quote, its print layout left alone and said so", async () => {
    const { f, finished } = await finishedRun({ apiVersion: "1.7" });
    expect(await buildQuote(f.host, finished, TODAY, EXCEL_WEB_LIMITS)).toEqual({ name: "見積", pageLayout: false });
    const sheet = f.book.sheet("見積")!;
    expect(sheet.pageLayout).toEqual({});
    expect(getCell(sheet, 0, 0)).not.toBe("");
    expect(f.book.activeSheetId).toBe(sheet.id);
  });
});

describe("buildQuote on a workbook on the 1904 date system", () => {
  test("its date cells (作成日, 基準日, an EA renewal's current and new support end) show the same days as on a 1900 one", async () => {
    const quoted = async (date1904: boolean) => {
      // 2026-03-31: serial 46112 counted from 1900, 44650 counted from 1904
      const f = fakeExcel([
        ["製品名", "サポート期限", "数量", "お客様番号"],
        ["Enterprise Architect Corporate", date1904 ? 44650 : 46112, 1, "C-1"],
      ]);
      f.book.date1904 = date1904;
      const { result } = await run(f);
      if (result.status !== "written") throw new Error(result.status);
      const finished = {
        evaluated: result.evaluated,
        sheetName: "JMSS棚卸",
        entries: [],
        ctx: CTX,
        lang: "ja" as const,
        complete: true,
      };
      await buildQuote(f.host, finished, TODAY, EXCEL_WEB_LIMITS);
      return f.book.sheet("見積")!;
    };
    const [from1900, from1904] = [await quoted(false), await quoted(true)];
    const dateCells = [...from1900.numberFormats].filter(([, format]) => format === QUOTE_DATE_FORMAT).map(([at]) => at);
    expect(dateCells.length).toBe(4);
    for (const at of dateCells) {
      const [r = 0, c = 0] = at.split(",").map(Number);
      expect(getCell(from1904, r, c), at).toBe(Number(getCell(from1900, r, c)) - 1462);
    }
  });
});
