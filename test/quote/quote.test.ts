// SPEC §7 on hand-made evaluated rows: lines per (SKU or product, class), prices, totals, notes, renewals.
import { describe, expect, test } from "vitest";
import { info, warn } from "../../src/core/findings";
import type { IsoDate } from "../../src/core/model";
import type { RowFacts } from "../../src/core/quote";
import { Quote, quote } from "../../src/core/quote";
import { book, FOR_MIGRATION, line, MG, row, SV_AG } from "./fixtures";

const PREF_SV = FOR_MIGRATION + SV_AG;

describe("one line per (SKU or product, price class)", () => {
  const results = [
    row(2, [line("UL1256-N01-I", SV_AG, 3, "FREE_VERSION_UP", "jmss:SV/AG")]),
    row(3, [
      line("UL1256-N01-I", SV_AG, 2, "FREE_VERSION_UP", "jmss:SV/AG"),
      line("UL1256-N01-I", SV_AG, 4, "NORMAL", "jmss:SV/AG"),
    ]),
    row(4, [line("", PREF_SV, 1, "PREFERENTIAL", "jmss:SV/AG")]),
    row(5, [line("", `（JMSSからの移行用）${SV_AG}`, 2, "PREFERENTIAL", "jmss:SV/AG")]),
    row(6, [line("UL1044-D01", "JMSSクラスタ連携オプション", 2, "END_OF_USE", "jmss:JMSS")]),
    row(7, []),
  ];

  test("quantities add up; rows are kept; bought lines come first, END_OF_USE listed below them", () => {
    const q = Quote.parse(quote(results));
    expect(q.lines.map((l) => [l.no, l.sku || l.product, l.priceClass, l.quantity, l.rows, l.purchase])).toEqual([
      [1, "UL1256-N01-I", "FREE_VERSION_UP", 5, [2, 3], true],
      [2, PREF_SV, "PREFERENTIAL", 3, [4, 5], true],
      [3, "UL1256-N01-I", "NORMAL", 4, [3], true],
      [4, "UL1044-D01", "END_OF_USE", 2, [6], false],
    ]);
  });

  test("END_OF_USE is never priced nor added up, even when the price book names it", () => {
    const q = quote(
      results,
      book(
        { sku: "UL1044-D01", unitPrice: 5000 },
        { sku: "UL1256-N01-I", priceClass: "NORMAL", unitPrice: 80000 },
        { product: PREF_SV, unitPrice: 40000 },
      ),
    );
    expect(q.lines[3]).toMatchObject({ unitPrice: null, amount: null, priceSource: null });
    expect(q.subtotals.map((s) => [s.priceClass, s.quantity, s.amount, s.complete])).toEqual([
      ["FREE_VERSION_UP", 5, 0, true],
      ["PREFERENTIAL", 3, 120000, true],
      ["NORMAL", 4, 320000, true],
    ]);
    expect(q.total).toEqual({ amount: 440000, complete: true });
    expect(q.notes).toEqual([]);
  });
});

describe("prices", () => {
  const results = [
    row(2, [line("UL1256-N00-I", MG, 1, "FREE_VERSION_UP", "jmss:MG")]),
    row(3, [line("", PREF_SV, 3, "PREFERENTIAL", "jmss:SV/AG")]),
    row(4, [line("UL1256-N01-I", SV_AG, 2, "NORMAL", "jmss:SV/AG")]),
    row(5, [line("", PREF_SV, 1, "PREFERENTIAL", "jmss:SV/AG")]),
  ];

  test("a line without a price says so once, in one note listing the lines; its amount is null, never 0", () => {
    const q = quote(results, book({ sku: "UL1256-N01-I", unitPrice: 80000 }));
    const pref = q.lines.find((l) => l.priceClass === "PREFERENTIAL");
    expect(pref).toMatchObject({ unitPrice: null, amount: null, rows: [3, 5] });
    expect(q.notes).toEqual([
      { code: "NO_PRICE", severity: "warning", params: { count: 1, lines: String(pref?.no) }, rows: [3, 5], lines: [pref?.no] },
    ]);
    // the total is of priced lines only and says it is incomplete
    expect(q.total).toEqual({ amount: 160000, complete: false });
    expect(q.subtotals.find((s) => s.priceClass === "PREFERENTIAL")).toEqual({
      priceClass: "PREFERENTIAL",
      quantity: 4,
      amount: null,
      complete: false,
    });
  });

  test("J2: a free version-up is ¥0 unless the price book prices that class explicitly; a blank class does not", () => {
    expect(quote(results, book({ sku: "UL1256-N00-I", unitPrice: 300000 })).lines[0]).toMatchObject({
      unitPrice: 0,
      amount: 0,
      priceSource: "free",
    });
    const fee = quote(results, book({ sku: "UL1256-N00-I", priceClass: "FREE_VERSION_UP", unitPrice: 5000 })).lines[0];
    expect(fee).toMatchObject({ unitPrice: 5000, amount: 5000, priceSource: "priceBook", priceRow: 2 });
  });

  test("without a price book: quantities only, no totals, one NO_PRICE_BOOK note and no NO_PRICE", () => {
    const q = quote(results);
    expect(q.priced).toBe(false);
    expect(q.total.amount).toBeNull();
    expect(q.subtotals.every((s) => s.amount === null)).toBe(true);
    expect(q.notes.map((n) => n.code)).toEqual(["NO_PRICE_BOOK"]);
  });

  test("price-book errors are listed in the quote's notes and the quote still prices the rest", () => {
    const pb = {
      rows: [{ row: 3, sku: "UL1256-N01-I", unitPrice: 80000 }],
      notes: [
        { code: "INVALID_PRICE" as const, severity: "error" as const, params: { row: 2, column: "unitPrice", value: "x" } },
      ],
    };
    const q = quote(results, pb);
    expect(q.notes[0]?.code).toBe("INVALID_PRICE");
    expect(q.lines.find((l) => l.priceClass === "NORMAL")?.amount).toBe(160000);
  });
});

describe("every warning once with its rows", () => {
  test("same code, severity and params on many rows → one entry; other params stay apart; errors first", () => {
    const results = [
      row(2, [], [info("JMSS_EOS", "J14"), warn("POOL_EXCEEDED", "J3", { count: 2 })]),
      row(3, [], [info("JMSS_EOS", "J14"), warn("POOL_EXCEEDED", "J3", { count: 1 })]),
      row(
        4,
        [],
        [{ code: "INVALID_QUANTITY", severity: "error", params: { column: "quantity", value: "x" } }, info("JMSS_EOS", "J14")],
      ),
    ];
    expect(quote(results).warnings).toEqual([
      { code: "INVALID_QUANTITY", severity: "error", params: { column: "quantity", value: "x" }, rows: [4] },
      { code: "POOL_EXCEEDED", severity: "warning", rule: "J3", params: { count: 2 }, rows: [2] },
      { code: "POOL_EXCEEDED", severity: "warning", rule: "J3", params: { count: 1 }, rows: [3] },
      { code: "JMSS_EOS", severity: "info", rule: "J14", rows: [2, 3, 4] },
    ]);
  });
});

describe("EA renewals grouped by customer number (seed 004)", () => {
  const EA = "Enterprise Architect Corporate Edition";
  const results = [
    row(2, [line("", `${EA} サポート更新`, 2, "SUPPORT_RENEWAL", "sparx:EA")], [], "2022-03-31"),
    row(3, [line("", `${EA} サポート再開`, 1, "SUPPORT_REINSTATEMENT", "sparx:EA")], [], "2026-02-28"),
    row(4, [line("", `${EA} サポート更新`, 1, "SUPPORT_RENEWAL", "sparx:EA")], [], "2022-05-31"),
    row(5, [line("", `${EA} サポート更新`, 1, "SUPPORT_RENEWAL", "sparx:EA")], [], "2022-06-30"),
  ];
  const holdings: RowFacts[] = [
    { row: 2, customerNo: "C-100", supportEnd: "2021-03-31" as IsoDate },
    { row: 3, customerNo: "C-200" },
    { row: 4, customerNo: "C-100" },
    { row: 5 },
  ];

  test("each customer number with its rows and new periods; rows without one last", () => {
    const q = quote(results, undefined, { holdings });
    expect(q.renewals.map((g) => [g.customerNo, g.items.map((i) => [i.row, i.quantity, i.currentEnd, i.newEnd])])).toEqual([
      [
        "C-100",
        [
          [2, 2, "2021-03-31", "2022-03-31"],
          [4, 1, null, "2022-05-31"],
        ],
      ],
      ["C-200", [[3, 1, null, "2026-02-28"]]],
      [null, [[5, 1, null, "2022-06-30"]]],
    ]);
    // the renewal products are bought lines too, added up by product and class
    expect(q.lines.map((l) => [l.priceClass, l.quantity])).toEqual([
      ["SUPPORT_RENEWAL", 4],
      ["SUPPORT_REINSTATEMENT", 1],
    ]);
  });

  test("without holdings every renewal is under no customer number", () => {
    expect(quote(results).renewals.map((g) => [g.customerNo, g.items.length])).toEqual([[null, 4]]);
  });
});
