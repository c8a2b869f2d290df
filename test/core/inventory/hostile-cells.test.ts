// Issue 11: cell text a user (or a generator) can put in a sheet must end as a row error, never as a crash, an
// accepted word or an inexact number.
import { describe, expect, test } from "vitest";
import { annotateValues } from "../../../src/core/annotate";
import { COLUMNS, MAX_QUANTITY, MAX_YEARS } from "../../../src/core/inventory/headers";
import { readInventory } from "../../../src/core/inventory/read";
import type { IsoDate } from "../../../src/core/model";
import { RowResult } from "../../../src/core/model";

const PROTOTYPE_WORDS = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "__defineGetter__"];
const CHOICE_COLUMNS = COLUMNS.filter((c) => c.read.kind === "choice");
const ctx = { asOf: "2025-10-01" as IsoDate, unified: false };

describe("Object.prototype's names are words like any other", () => {
  test.each(PROTOTYPE_WORDS)("%s in every choice column is INVALID_VALUE on its row, and the run goes on", (w) => {
    expect(CHOICE_COLUMNS.map((c) => c.headers[0])).toEqual(
      expect.arrayContaining([
        "用途",
        "ライセンス形態",
        "移行先",
        "移行先ライセンス形態",
        "手続き",
        "名義",
        "購入方法",
        "使用形態",
      ]),
    );
    const header = ["製品名", "数量", ...CHOICE_COLUMNS.map((c) => c.headers[0])];
    const annotated = annotateValues([header, ["WebSAM JMSS", 1, ...CHOICE_COLUMNS.map(() => w)]], ctx);
    const [result] = annotated?.results ?? [];
    expect(RowResult.parse(result).findings.map((f) => [f.code, f.params?.column])).toEqual(
      CHOICE_COLUMNS.map((c) => ["INVALID_VALUE", c.key]),
    );
  });

  test.each(PROTOTYPE_WORDS)("%s as an era or a date is INVALID_DATE", (w) => {
    const inv = readInventory([
      ["製品名", "サポート期限", "手続き日"],
      ["Enterprise Architect", `${w}3年3月31日`, w],
    ]);
    expect(inv?.rows[0]?.findings.map((f) => f.code)).toEqual(["INVALID_DATE", "INVALID_DATE"]);
  });
});

describe("numbers that cannot be computed exactly are row errors (TOO_LARGE), with the limit in the message", () => {
  test.each([
    ["数量", 1e15],
    ["数量", 2 ** 53 - 1],
    ["数量", "99999999999999999999"],
    ["数量", MAX_QUANTITY + 1],
    ["移行数量", 2 ** 53 + 2],
    ["年数", MAX_YEARS + 1],
  ])("%s = %s", (column, value) => {
    const inv = readInventory([
      ["製品名", column],
      ["WebSAM JMSS", value],
    ]);
    const [f] = inv?.rows[0]?.findings ?? [];
    expect(f?.code).toBe("TOO_LARGE");
    expect(f?.params?.max).toBe(column === "年数" ? "99" : "10,000,000");
  });

  test("the limits themselves are accepted", () => {
    const inv = readInventory([
      ["製品名", "数量", "年数"],
      ["Enterprise Architect", MAX_QUANTITY, MAX_YEARS],
    ]);
    expect(inv?.rows[0]?.holding).toMatchObject({ quantity: MAX_QUANTITY, years: MAX_YEARS });
  });
});

test("a formula saved without its calculated value says so, instead of reading as an empty cell", () => {
  const inv = readInventory([
    ["製品名", "数量"],
    ["WebSAM JMSS", { formula: "SUM(B3:B9)" }],
  ]);
  expect(inv?.rows[0]?.findings).toEqual([
    expect.objectContaining({ code: "FORMULA_NOT_CALCULATED", params: { column: "quantity", value: "=SUM(B3:B9)" } }),
  ]);
});
