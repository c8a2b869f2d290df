// SPEC §7 price book: read by the inventory's reader rules; a bad cell is an error on its row, never a stop.
import { describe, expect, test } from "vitest";
import { findPrice, parseYen, PriceBook, priceBookSheetName } from "../../src/core/quote";
import { readPriceBook } from "../../src/render";
import { book, CLWIN_5, FOR_MIGRATION, MG } from "./fixtures";

describe("yen amounts", () => {
  test.each([
    [98000, 98000],
    ["98000", 98000],
    ["¥120,000", 120000],
    ["￥120,000", 120000],
    ["１２０，０００円", 120000],
    ["120,000-", 120000],
    ["¥ 1,234,567", 1234567],
    [0, 0],
  ])("%j → %d", (cell, yen) => expect(parseYen(cell)).toBe(yen));

  test.each([["12,34"], ["abc"], [-5], ["¥-100"], [true], [{ error: "#N/A" }]])("%j is not an amount", (cell) => {
    expect(parseYen(cell)).toBeUndefined();
  });
});

describe("reading the price-book sheet", () => {
  test("finds the sheet by name: 価格表 or Price book, any case or width", () => {
    expect(priceBookSheetName(["在庫", "価格表"])).toBe("価格表");
    expect(priceBookSheetName(["Inventory", "PRICE BOOK"])).toBe("PRICE BOOK");
    expect(priceBookSheetName(["在庫", "見積"])).toBeUndefined();
  });

  test("ja headers below a title, full-width text, labels and codes for the price class", () => {
    const pb = readPriceBook(
      [
        ["JobCenter 価格表 2025年度"],
        [],
        ["型番", "製品名", "価格区分", "単価(円)"],
        ["ＵＬ１２５６－Ｎ００－Ｉ", "", "通常価格", "¥300,000"],
        ["", FOR_MIGRATION + MG, "preferential", 150000],
        ["", CLWIN_5, "", "98000円"],
      ],
      { sheet: "価格表" },
    );
    expect(PriceBook.parse(pb)).toEqual({
      sheet: "価格表",
      rows: [
        { row: 4, sku: "UL1256-N00-I", priceClass: "NORMAL", unitPrice: 300000 },
        { row: 5, product: FOR_MIGRATION + MG, priceClass: "PREFERENTIAL", unitPrice: 150000 },
        { row: 6, product: CLWIN_5, unitPrice: 98000 },
      ],
      notes: [],
    });
  });

  test("en headers; a bad price, an unknown class and a row without key are errors on their rows, the rest is read", () => {
    const pb = readPriceBook([
      ["SKU", "Product", "Price class", "Unit price"],
      ["UL1256-N01-I", "", "Normal price", "about 5 man"],
      ["UL1256-N01-I", "", "cheap", 1000],
      ["", "", "", 500],
      ["UL1256-N01-I", "", "NORMAL", "80,000"],
      ["UL1256-N02-I", "", "", ""], // no price entered yet: not an error, the line will say "no price"
    ]);
    expect(pb?.rows).toEqual([{ row: 5, sku: "UL1256-N01-I", priceClass: "NORMAL", unitPrice: 80000 }]);
    expect(pb?.notes).toEqual([
      { code: "INVALID_PRICE", severity: "error", params: { row: 2, column: "unitPrice", value: "about 5 man" } },
      { code: "INVALID_PRICE_CLASS", severity: "error", params: { row: 3, column: "priceClass", value: "cheap" } },
      { code: "MISSING_PRICE_KEY", severity: "error", params: { row: 4, column: "product", value: "" } },
    ]);
  });

  test("the same entry priced twice: the first row is used, the second is named", () => {
    const pb = readPriceBook([
      ["型番", "単価"],
      ["UL1256-N01-I", 80000],
      ["ul1256-n01-i", 70000],
    ]);
    expect(pb?.notes).toEqual([{ code: "DUPLICATE_PRICE", severity: "warning", params: { row: 3, first: 2 } }]);
    expect(findPrice(pb, { sku: "UL1256-N01-I", product: "x", priceClass: "NORMAL" })?.unitPrice).toBe(80000);
  });

  test("no header with a unit price and a SKU or product in the first 20 rows → no price book", () => {
    expect(
      readPriceBook([
        ["型番", "製品名"],
        ["UL1256-N01-I", "SV/AG"],
      ]),
    ).toBeUndefined();
    const late = [...Array.from({ length: 20 }, () => ["memo"]), ["型番", "単価"], ["A", 1]];
    expect(readPriceBook(late)).toBeUndefined();
    expect(readPriceBook(late.slice(1))?.rows).toHaveLength(1);
  });
});

describe("matching a line to a price", () => {
  const pb = book(
    { sku: "UL1256-N00-I", unitPrice: 300000 },
    { sku: "UL1256-N00-I", priceClass: "NORMAL", unitPrice: 280000 },
    { product: "ｗｅｂｓａｍ jobcenter mg for windows/linux r16.2", unitPrice: 1 },
    { product: FOR_MIGRATION + MG, priceClass: "PREFERENTIAL", unitPrice: 150000 },
    { product: FOR_MIGRATION + MG, unitPrice: 170000 },
    { sku: "OTHER-SKU", product: "Some product", unitPrice: 9 },
  );

  test("by SKU, the line's price class before a blank (any) class", () => {
    expect(findPrice(pb, { sku: "UL1256-N00-I", product: MG, priceClass: "NORMAL" })?.unitPrice).toBe(280000);
    expect(findPrice(pb, { sku: "ul1256-n00-i", product: MG, priceClass: "PREFERENTIAL" })?.unitPrice).toBe(300000);
  });

  test("by product name when the line has no SKU (NFKC, any case), class-specific first", () => {
    expect(findPrice(pb, { sku: "", product: FOR_MIGRATION + MG, priceClass: "PREFERENTIAL" })?.unitPrice).toBe(150000);
    expect(findPrice(pb, { sku: "", product: `（JMSSからの移行用）${MG}`, priceClass: "NORMAL" })?.unitPrice).toBe(170000);
    expect(findPrice(pb, { sku: "", product: MG, priceClass: "NORMAL" })?.unitPrice).toBe(1);
  });

  test("a row naming another SKU does not price a line by its product name", () => {
    expect(findPrice(pb, { sku: "MY-SKU", product: "Some product", priceClass: "NORMAL" })).toBeUndefined();
    expect(findPrice(pb, { sku: "", product: "some product", priceClass: "NORMAL" })?.unitPrice).toBe(9);
  });

  test("classOnly: a blank class does not price the line", () => {
    expect(
      findPrice(pb, { sku: "UL1256-N00-I", product: "x", priceClass: "FREE_VERSION_UP" }, { classOnly: true }),
    ).toBeUndefined();
    expect(findPrice(undefined, { sku: "UL1256-N00-I", product: MG, priceClass: "NORMAL" })).toBeUndefined();
  });
});
