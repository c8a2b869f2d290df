// How the functions take what Excel passes (SPEC §8): ranges, single cells, omitted and shorter arguments, blank
// rows, and every way an argument can be wrong — each answered the way the CLI would for the same rows.
import { afterAll, afterEach, beforeAll, expect, test, vi } from "vitest";
import { isCellError, only, setDisplayLanguage } from "./office-shim";
import { priceClass, target, warnings } from "../../src/functions/functions";
import { COL, NOW, cliRows, col, expectSameAsCli } from "./cli-sheet";

beforeAll(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW);
});
afterEach(() => setDisplayLanguage("ja-JP"));
afterAll(() => vi.useRealTimers());

const JMSS = "ESMPRO/JMSS Ver7.2";

test("a single maintenance cell applies to every row; omitted arguments may be null or undefined", () => {
  const product = col(JMSS, JMSS, JMSS);
  const role = col("JMSSサーバ", "稼働マシン", "稼働マシン");
  const everyRow = priceClass(product, role, col("なし", "なし", "なし"));
  expect(everyRow).toEqual([["優待価格"], ["優待価格"], ["優待価格"]]);
  expect(priceClass(product, role, [["なし"]])).toEqual(everyRow);
  expect(priceClass(product, role, [["なし"]], null as never, undefined)).toEqual(everyRow);
});

test("a shorter argument leaves the missing cells blank, as a shorter column on the sheet would", () => {
  const product = col(JMSS, JMSS, JMSS);
  const role = col("JMSSサーバ", "稼働マシン", "稼働マシン");
  const got = warnings(product, role, col("あり", "あり"));
  const cli = cliRows([
    ["製品名", "用途", "保守契約"],
    [JMSS, "JMSSサーバ", "あり"],
    [JMSS, "稼働マシン", "あり"],
    [JMSS, "稼働マシン", null],
  ]);
  expectSameAsCli(got, cli, (c) => c[COL.warnings]);
  expect(String(got[2]?.[0])).toContain("保守契約");
});

test("blank rows of a larger range stay empty even next to a single-cell argument", () => {
  const got = priceClass(col(JMSS, "", null, JMSS), col("JMSSサーバ", "", "", "稼働マシン"), [["あり"]]);
  expect(got).toEqual([["無償バージョンアップ"], [""], [""], ["無償バージョンアップ"]]);
});

test("a range along a row spills along the row", () => {
  const got = target([[JMSS, JMSS]], [["JMSSサーバ", "稼働マシン"]], [["あり"]]);
  expect(got).toEqual([["UL1256-N00-I", "UL1256-N01-I"]]);
});

test("a cell that cannot be read makes that row #VALUE! naming the column and the value; other rows still answer", () => {
  const got = target(col(JMSS, JMSS, JMSS), col("JMSSサーバ", "稼働マシン", "稼働マシン"), col("あり", "たぶん", "あり"));
  expect(got[0]).toEqual(["UL1256-N00-I"]);
  expect(got[2]).toEqual(["UL1256-N01-I"]);
  const bad = got[1]?.[0];
  expect(isCellError(bad) && bad.code).toBe("#VALUE!");
  expect(isCellError(bad) && bad.message).toMatch(/保守契約.*たぶん/);
  const cli = cliRows([
    ["製品名", "用途", "保守契約"],
    [JMSS, "JMSSサーバ", "あり"],
    [JMSS, "稼働マシン", "たぶん"],
    [JMSS, "稼働マシン", "あり"],
  ]);
  expectSameAsCli(got, cli, (c) => c[COL.sku]);
});

test("the message follows Office's display language", () => {
  setDisplayLanguage("en-US");
  const bad = only(priceClass([[JMSS]], [["稼働マシン"]], [["maybe"]]));
  expect(isCellError(bad) && bad.message).toMatch(/Maintenance.*maybe/);
  expect(only(priceClass([[JMSS]], [["稼働マシン"]], [["no"]]))).toBe("Preferential price");
  setDisplayLanguage(undefined); // no Office object at all → Japanese
  expect(only(priceClass([[JMSS]], [["稼働マシン"]], [["no"]]))).toBe("優待価格");
});

test("a formula error in an input cell (#N/A) is an error for that row only", () => {
  const na = new (globalThis as unknown as { CustomFunctions: { Error: new (c: string) => unknown } }).CustomFunctions.Error(
    "#N/A",
  );
  const got = priceClass(col(JMSS, JMSS), col("JMSSサーバ", "稼働マシン"), col(na, "あり"));
  expect(got[1]).toEqual(["無償バージョンアップ"]);
  const bad = got[0]?.[0];
  expect(isCellError(bad) && bad.message).toMatch(/保守契約.*#N\/A/);
  // Rich values (Excel data types) are read by their basic value.
  expect(priceClass(col(JMSS), col({ type: "String", basicValue: "稼働マシン" }), col("あり"))).toEqual([
    ["無償バージョンアップ"],
  ]);
});

test("a block of several rows and columns is not one argument: one #VALUE! naming it", () => {
  const bad = only(
    target(col(JMSS, JMSS), [
      ["a", "b"],
      ["c", "d"],
    ]),
  );
  expect(isCellError(bad) && bad.message).toContain("用途");
});

test("an argument longer than the first one is refused rather than half-read", () => {
  const bad = only(target(col(JMSS), col("JMSSサーバ", "稼働マシン")));
  expect(isCellError(bad) && bad.message).toMatch(/用途.*2.*製品名.*1/);
});

test("every answer is a plain value or an error object: nothing throws, nothing is a promise", () => {
  const weird: unknown[] = [undefined, null, [], [[]], 42, "x", [[Symbol.iterator]], [[{}]], [[NaN]], [[-1]], [[1e300]]];
  for (const a of weird) {
    for (const f of [target, priceClass, warnings]) {
      const got = f(a as unknown[][], a as unknown[][], a as unknown[][]);
      expect(Array.isArray(got) && got.every((r) => Array.isArray(r) && r.length > 0)).toBe(true);
      for (const cell of got.flat()) expect(typeof cell === "string" || typeof cell === "number" || isCellError(cell)).toBe(true);
    }
  }
});
