// Issue 11: an amount beyond exact yen (2^53 − 1) is left blank and said once; subtotals and totals never sum wrong.
import { expect, test } from "vitest";
import { Quote, quote } from "../../src/core/quote";
import { book, line, row, SV_AG } from "./fixtures";

test("a line whose amount is beyond exact yen has none, is named in AMOUNT_TOO_LARGE, and stays out of the total", () => {
  const q = Quote.parse(
    quote(
      [row(2, [line("UL1256-N01-I", SV_AG, 10_000_000, "NORMAL")]), row(3, [line("X-1", "Other", 2, "NORMAL")])],
      book({ sku: "UL1256-N01-I", unitPrice: 1e9 }, { sku: "X-1", unitPrice: 100 }),
    ),
  );
  expect(q.lines.map((l) => [l.sku, l.amount])).toEqual([
    ["UL1256-N01-I", null],
    ["X-1", 200],
  ]);
  expect(q.total).toEqual({ amount: 200, complete: false });
  expect(q.notes.map((n) => [n.code, n.lines])).toEqual([["AMOUNT_TOO_LARGE", [1]]]);
});

test("lines exact on their own whose subtotal is not: the subtotal and the total are blank, not rounded", () => {
  const big = Number.MAX_SAFE_INTEGER - 10;
  const q = Quote.parse(
    quote(
      [row(2, [line("A", "A", 1, "NORMAL")]), row(3, [line("B", "B", 1, "NORMAL")])],
      book({ sku: "A", unitPrice: big }, { sku: "B", unitPrice: big }),
    ),
  );
  expect(q.lines.map((l) => l.amount)).toEqual([big, big]);
  expect(q.subtotals.map((s) => [s.amount, s.complete])).toEqual([[null, false]]);
  expect(q.total).toEqual({ amount: null, complete: false });
  expect(q.notes.map((n) => [n.code, n.lines])).toEqual([["AMOUNT_TOO_LARGE", [1, 2]]]);
});
