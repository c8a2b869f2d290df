// SPEC §7 output: the quote sheet's cells and hints (pure). The CLI writing them into a workbook: test/cli/quote.test.ts.
import { describe, expect, test } from "vitest";
import { isoToSerial } from "../../src/core/dates";
import type { IsoDate } from "../../src/core/model";
import { quote, rowsText } from "../../src/core/quote";
import { quoteSheetName, quoteSheetValues, readPriceBook } from "../../src/render";
import { warn } from "../../src/core/findings";
import { book, CLWIN_1, CLWIN_5, FOR_MIGRATION, line, MG, PROCESSOR, row, SV_AG } from "../quote/fixtures";

const results = [
  row(2, [line("UL1256-N00-I", MG, 1, "FREE_VERSION_UP", "jmss:MG")]),
  row(3, [line("UL1256-N01-I", SV_AG, 3, "FREE_VERSION_UP", "jmss:SV/AG")]),
  row(4, [line("", CLWIN_5, 1, "PREFERENTIAL", "jmss:CL/Win 5"), line("", CLWIN_1, 1, "PREFERENTIAL", "jmss:CL/Win 1")]),
  row(5, [line("UL1044-D01", "JMSSクラスタ連携オプション", 2, "END_OF_USE", "jmss:JMSS")]),
];
const meta = { customer: "サンプル株式会社", date: "2025-10-15" as IsoDate, asOf: "2025-10-01" as IsoDate, sheet: "在庫" };
const priced = quote(results, book({ product: CLWIN_5, unitPrice: 98000 }), meta);

describe("quote sheet values", () => {
  test("sheet names: 見積 / Quote, numbered when taken, ignoring case", () => {
    expect(quoteSheetName(["在庫"], "ja")).toBe("見積");
    expect(quoteSheetName(["在庫", "見積", "見積 (2)"], "ja")).toBe("見積 (3)");
    expect(quoteSheetName(["quote"], "en")).toBe("Quote (2)");
  });

  test("rows as a person reads them", () => {
    expect(rowsText([7, 2, 3, 4, 4, 9, 10])).toBe("2-4, 7, 9-10");
    expect(rowsText([])).toBe("");
  });

  test("lines with amounts as currency cells; a line without price is blank, never 0; END_OF_USE has no price", () => {
    const sheet = quoteSheetValues(priced, "en");
    const at = (product: string) => sheet.values.findIndex((r) => r[2] === product);
    const cl5 = at(CLWIN_5);
    const cl1 = at(CLWIN_1);
    const option = at("JMSSクラスタ連携オプション");
    expect(sheet.values[cl5]?.slice(4, 7)).toEqual([1, 98000, 98000]);
    expect(sheet.values[cl1]?.slice(4, 7)).toEqual([1, null, null]);
    expect(sheet.values[option]?.slice(4, 7)).toEqual([2, null, null]);
    const currency = sheet.formats.filter((f) => f.format === "currency").map((f) => [f.row, f.col]);
    expect(currency).toContainEqual([cl5, 6]);
    expect(currency).not.toContainEqual([cl1, 6]);
    expect(currency).not.toContainEqual([option, 6]);
    // the total: of priced lines only, said incomplete, bold
    const total = sheet.values.findIndex((r) => r[2] === "Total (lines without a price excluded)");
    expect(sheet.values[total]?.[6]).toBe(98000);
    expect(sheet.boldRows).toContain(total);
    expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToWidth: 1 });
  });

  test("header block with real dates; applications with their 連絡欄; notes with rows", () => {
    const sheet = quoteSheetValues(priced, "ja");
    expect(sheet.values.slice(0, 5).map((r) => r.slice(0, 3))).toEqual([
      ["見積", null, null],
      [null, "お客様", "サンプル株式会社"],
      [null, "見積日", isoToSerial(meta.date)],
      [null, "基準日", isoToSerial(meta.asOf)],
      [null, "対象シート", "在庫"],
    ]);
    // rectangular, as Office.js wants range values
    expect(new Set(sheet.values.map((r) => r.length))).toEqual(new Set([sheet.widths.length]));
    expect(sheet.formats).toContainEqual({ row: 2, col: 2, format: "date" });
    const texts = sheet.values.map((r) => r[8]).filter((v) => typeof v === "string" && v.startsWith("JMSSの販売終了"));
    expect(texts).toHaveLength(2);
    const noPrice = sheet.values.find((r) => typeof r[2] === "string" && r[2].includes("価格表に単価のない明細が1件"));
    expect(noPrice?.[7]).toBe("4");
  });
});

test("every note and warning is said in words in both languages: no placeholder is left unfilled", () => {
  const noisy = quote(
    [
      ...results,
      row(
        6,
        [
          line("", PROCESSOR, 1, "NORMAL", "jmss:SV/AG processor"),
          line("UL1044-D01", "ESMPRO/JMSS", 10, "END_OF_USE", "jmss:JMSS"),
        ],
        [warn("POOL_EXCEEDED", "J3", { count: 2 })],
      ),
      row(7, [], [{ code: "INVALID_DATE", severity: "error", params: { column: "supportEnd", value: "x" } }]),
    ],
    readPriceBook([
      ["製品名", "価格区分", "単価"],
      [CLWIN_5, "", 30000],
      [CLWIN_1, "", 4000], // six singles cost less than 5-License + 1-License
      [PROCESSOR, "", 100000],
      [FOR_MIGRATION + SV_AG, "", 80000],
      [CLWIN_1, "", "abc"],
      [CLWIN_1, "?", 1],
      ["", "", 1],
      [CLWIN_5, "", 31000],
    ]),
    meta,
  );
  expect(noisy.notes.map((n) => n.code).sort()).toEqual(
    [
      "CLWIN_CHEAPER_MIX",
      "DUPLICATE_PRICE",
      "INVALID_PRICE",
      "INVALID_PRICE_CLASS",
      "MISSING_PRICE_KEY",
      "PROCESSOR_CHEAPER",
    ].sort(),
  );
  for (const lang of ["ja", "en"] as const) {
    const cells = quoteSheetValues(noisy, lang)
      .values.flat()
      .filter((v): v is string => typeof v === "string");
    expect(cells.filter((c) => /\{\w+\}/.test(c))).toEqual([]);
  }
});
