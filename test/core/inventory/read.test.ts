// SPEC §2: header row, ja/en aliases, NFKC, yes/no words, quantities, dates, formula errors, blank rows.
import { describe, expect, test } from "vitest";
import { readInventory } from "../../../src/core/inventory/read";
import type { ReadRow } from "../../../src/core/inventory/read";

const read = (values: unknown[][]) => {
  const inv = readInventory(values);
  if (!inv) throw new Error("no header");
  return inv;
};
const only = (rows: ReadRow[]): ReadRow => {
  expect(rows).toHaveLength(1);
  return rows[0] as ReadRow;
};
const errorCodes = (r: ReadRow) => r.findings.map((f) => [f.code, f.params?.column]);

describe("header row (SPEC §2)", () => {
  test("is found below a title row, within the first 20 rows", () => {
    const values = [["JMSS ライセンス棚卸表"], [], ["作成日", "2025/10/01"], ["製品名", "数量"], ["WebSAM JMSS", 2]];
    const inv = read(values);
    expect(inv.headerRow).toBe(4);
    expect(inv.rows.map((r) => [r.row, r.holding?.quantity])).toEqual([[5, 2]]);
  });

  test("is not searched for beyond row 20", () => {
    const values: unknown[][] = [...Array.from({ length: 20 }, () => ["メモ"]), ["製品名", "数量"], ["WebSAM JMSS", 1]];
    expect(readInventory(values)).toBeUndefined();
  });

  test("needs at least two recognised headers", () => {
    expect(
      readInventory([
        ["製品名", "メモ"],
        ["WebSAM JMSS", "x"],
      ]),
    ).toBeUndefined();
  });

  test.each([
    ["製品名", "数量"],
    ["Product name", "QTY"],
    ["ＰＲＯＤＵＣＴ", "数量(本)"],
    [" 品名 ", "数量（ライセンス）"],
    ["製品", "Licenses"],
  ])("recognises %s / %s (case, spaces, full width, trailing note)", (product, quantity) => {
    const inv = read([
      [product, quantity],
      ["WebSAM JMSS", 3],
    ]);
    expect(inv.columns).toEqual({ product: 0, quantity: 1 });
  });

  test("English and Japanese aliases map to the same keys", () => {
    const ja = read([["製品名", "型番", "用途", "保守契約", "移行先", "移行済み", "サポート期限", "お客様番号"]]);
    const en = read([["Product", "Part number", "Role", "Maintenance", "Target", "Migrated", "Support end", "Customer number"]]);
    expect(Object.keys(ja.columns)).toEqual(Object.keys(en.columns));
  });

  test("our own output block is reused, never read as input (its 移行数量 is not the input 移行数量)", () => {
    const header = ["製品名", "数量", "移行先型番", "移行先製品", "移行数量", "価格区分", "新サポート期限", "警告", "根拠"];
    const inv = read([header, ["WebSAM JMSS", 2, "UL1256-N00-I", "x", 9, "通常価格", null, null, "J1"]]);
    expect(inv.outputStart).toBe(2);
    expect(inv.columns.targetQuantity).toBeUndefined();
    expect(only(inv.rows).holding?.targetQuantity).toBeUndefined();
  });
});

test("an output block a user cut short is still ours: its 移行数量 is not read as input", () => {
  const header = ["製品名", "数量", "移行先型番", "移行先製品", "移行数量", "価格区分", "警告"];
  const inv = read([header, ["WebSAM JMSS", 2, "UL1256-N00-I", "x", 9, "通常価格", null]]);
  expect(inv.outputStart).toBeUndefined();
  expect(inv.columns.targetQuantity).toBeUndefined();
});

test("an input 移行数量 left of our columns is still input", () => {
  const header = [
    "製品名",
    "数量",
    "移行数量",
    "移行先型番",
    "移行先製品",
    "移行数量",
    "価格区分",
    "新サポート期限",
    "警告",
    "根拠",
  ];
  expect(read([header]).columns.targetQuantity).toBe(2);
});

test("a table without a product column (a list of departments) is not an inventory", () => {
  expect(
    readInventory([
      ["部署", "お客様番号", "担当"],
      ["開発部", "C-001", "山田"],
    ]),
  ).toBeUndefined();
});

describe("cells (SPEC §2)", () => {
  const one = (header: string[], cells: unknown[]) =>
    only(
      read([
        ["製品名", ...header],
        ["WebSAM JMSS", ...cells],
      ]).rows,
    );

  test.each(["あり", "有", "有り", "加入", "加入済み", "契約中", "○", "◯", "yes", "Y", "TRUE", "1", "ｙｅｓ", "はい"])(
    "maintenance %s = yes",
    (w) => {
      expect(one(["保守契約"], [w]).holding?.maintenance).toBe(true);
    },
  );
  test.each(["なし", "無", "無し", "未加入", "未契約", "×", "-", "no", "N", "false", "0", "いいえ"])(
    "maintenance %s = no",
    (w) => {
      expect(one(["保守契約"], [w]).holding?.maintenance).toBe(false);
    },
  );
  test("booleans and 1/0 numbers are yes/no", () => {
    expect(one(["保守契約"], [true]).holding?.maintenance).toBe(true);
    expect(one(["保守契約"], [0]).holding?.maintenance).toBe(false);
  });
  test("an unknown yes/no word is an error naming the column", () => {
    expect(errorCodes(one(["保守契約"], ["たぶん"]))).toEqual([["INVALID_VALUE", "maintenance"]]);
  });

  test.each([
    [3, 3],
    ["３", 3],
    ["１２", 12],
    ["1,200", 1200],
    ["5本", 5],
    ["2 licenses", 2],
    [4.0, 4],
  ])("quantity %s reads as %i", (cell, n) => {
    expect(one(["数量"], [cell]).holding?.quantity).toBe(n);
  });
  test.each([0, -1, 1.5, "三", "abc", "1.5"])("quantity %s is INVALID_QUANTITY", (cell) => {
    expect(errorCodes(one(["数量"], [cell]))).toEqual([["INVALID_QUANTITY", "quantity"]]);
  });
  test("no quantity column means 1 per row; a blank quantity cell is an error, not a silent 1", () => {
    expect(one(["用途"], ["サーバ"]).holding?.quantity).toBe(1);
    expect(errorCodes(one(["数量", "用途"], [null, "サーバ"]))).toEqual([["INVALID_QUANTITY", "quantity"]]);
  });

  test.each([
    [44286, "2021-03-31"],
    ["44286", "2021-03-31"],
    ["2021-03-31", "2021-03-31"],
    ["2021/3/31", "2021-03-31"],
    ["２０２１/３/３１", "2021-03-31"],
    ["2021年3月31日", "2021-03-31"],
    ["2021/03/31 0:00:00", "2021-03-31"],
    ["令和3年3月31日", "2021-03-31"],
    ["R3.3.31", "2021-03-31"],
    ["r3/3/31", "2021-03-31"],
    ["令和元年5月1日", "2019-05-01"],
    ["平成31年4月30日", "2019-04-30"],
    ["H31.4.30", "2019-04-30"],
    ["昭和64年1月7日", "1989-01-07"],
    [new Date(Date.UTC(2024, 1, 29)), "2024-02-29"],
  ])("date %s reads as %s", (cell, iso) => {
    expect(one(["サポート期限"], [cell]).holding?.supportEnd).toBe(iso);
  });
  test.each([
    [42824, "2021-03-31"], // 44286 in the 1900 system
    ["42824", "2021-03-31"],
    [0, "1904-01-01"],
    ["2021/3/31", "2021-03-31"], // written dates are dates in either system
    [new Date(Date.UTC(2024, 1, 29)), "2024-02-29"], // exceljs already turned it into a date by the workbook's system
  ])("in a workbook on the 1904 date system, date %s reads as %s", (cell, iso) => {
    const inv = readInventory(
      [
        ["製品名", "サポート期限"],
        ["EA", cell],
      ],
      { date1904: true },
    );
    expect(inv?.rows[0]?.holding?.supportEnd).toBe(iso);
  });
  test("in a workbook on the 1904 date system, a negative serial is still no date", () => {
    const inv = readInventory(
      [
        ["製品名", "サポート期限"],
        ["EA", -5],
      ],
      { date1904: true },
    );
    expect(errorCodes(only(inv?.rows ?? []))).toEqual([["INVALID_DATE", "supportEnd"]]);
  });
  test.each(["2021/2/30", "2021-13-01", "昨日", "R3.2.29", 60, -5])("date %s is INVALID_DATE naming the column", (cell) => {
    expect(errorCodes(one(["サポート期限"], [cell]))).toEqual([["INVALID_DATE", "supportEnd"]]);
  });

  test.each(["#N/A", "#VALUE!", "#REF!", { error: "#DIV/0!" }, { formula: "A1", result: { error: "#N/A" } }])(
    "formula error %o is an error for that row only",
    (cell) => {
      const inv = read([
        ["製品名", "数量"],
        ["WebSAM JMSS", cell],
        ["WebSAM JMSS", 2],
      ]);
      expect(inv.rows.map((r) => r.findings.map((f) => f.code))).toEqual([["CELL_ERROR"], []]);
      expect(inv.rows[1]?.holding?.quantity).toBe(2);
    },
  );

  test("exceljs rich text, hyperlinks and formula results read as their text", () => {
    const r = one(["数量"], [{ formula: "1+1", result: 2 }]);
    expect(r.holding?.quantity).toBe(2);
    const rich = only(
      read([
        ["製品名", "数量"],
        [{ richText: [{ text: "WebSAM " }, { text: "JMSS" }] }, 1],
      ]).rows,
    );
    expect(rich.holding?.product).toBe("WebSAM JMSS");
    expect(
      only(
        read([
          ["製品名", "数量"],
          [{ text: "ＷｅｂＳＡＭ ＪＭＳＳ", hyperlink: "x" }, 1],
        ]).rows,
      ).holding?.product,
    ).toBe("WebSAM JMSS");
  });

  test("choice columns accept ja/en words, full width and a ライセンス suffix", () => {
    const r = one(
      ["用途", "移行先", "ライセンス形態", "移行先ライセンス形態"],
      ["稼働マシン", "ＳＶ／ＡＧ", "フローティングライセンス", "Processor"],
    );
    expect(r.holding).toMatchObject({ role: "agent", target: "SV/AG", licenseType: "floating", targetLicense: "processor" });
  });

  test.each([
    ["用途", "JMSS サーバ", "role", "server"],
    ["用途", "稼働マシン用", "role", "agent"],
    ["移行先", "JobCenter MG", "target", "MG"],
    ["移行先", "WebSAM JobCenter SV/AG", "target", "SV/AG"],
  ])("%s %s reads as a choice despite the words around it", (header, cell, key, value) => {
    expect(one([header], [cell]).holding).toMatchObject({ [key]: value });
  });

  test("several bad cells give one error each, each naming its column", () => {
    const r = one(["数量", "保守契約", "サポート期限"], ["x", "?", "someday"]);
    expect(errorCodes(r)).toEqual([
      ["INVALID_QUANTITY", "quantity"],
      ["INVALID_VALUE", "maintenance"],
      ["INVALID_DATE", "supportEnd"],
    ]);
  });
});

describe("rows (SPEC §2)", () => {
  test("blank rows are skipped; sheet row numbers stay 1-based", () => {
    const inv = read([
      ["製品名", "数量"],
      ["A JMSS", 1],
      [null, ""],
      ["  ", null],
      ["B JMSS", 2],
    ]);
    expect(inv.rows.map((r) => r.row)).toEqual([2, 5]);
  });
  test("rows of only no-break, em or ideographic spaces (pasted from the web) are blank too", () => {
    const inv = read([
      ["製品名", "数量"],
      ["\u00a0", "\u2003"],
      ["\u3000", " \u00a0"],
      ["A JMSS", 1],
    ]);
    expect(inv.rows.map((r) => r.row)).toEqual([4]);
  });
  test("a row with other cells but no product is MISSING_PRODUCT", () => {
    const inv = read([
      ["製品名", "数量"],
      [null, 3],
    ]);
    expect(errorCodes(only(inv.rows))).toEqual([["MISSING_PRODUCT", "product"]]);
  });
  test("values are NFKC-normalised and trimmed", () => {
    const inv = read([
      ["製品名", "型番"],
      ["  ＥＳＭＰＲＯ／ＪＭＳＳ　Ｖｅｒ７．２ ", "ＵＬ１０４４－Ｄ０１"],
    ]);
    expect(only(inv.rows).holding).toMatchObject({ product: "ESMPRO/JMSS Ver7.2", sku: "UL1044-D01" });
  });
  test("firstRow offsets sheet row numbers (a range that starts below row 1)", () => {
    const inv = readInventory(
      [
        ["製品名", "数量"],
        ["A JMSS", 1],
      ],
      { firstRow: 10 },
    );
    expect(inv?.headerRow).toBe(10);
    expect(inv?.rows[0]?.row).toBe(11);
  });
});
