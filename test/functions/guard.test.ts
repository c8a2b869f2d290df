// A bug in the core must not reach Excel as an exception or a pending promise (#BUSY!): the call answers #VALUE!
// saying it could not calculate.
import { expect, test, vi } from "vitest";
import { isCellError, only } from "./office-shim";
import { annotate, clWin, priceClass, renewalClass, supportEnd, target, warnings } from "../../src/functions/functions";

vi.mock("../../src/core/annotate", () => ({
  annotateValues: () => {
    throw new Error("boom");
  },
}));
vi.mock("../../src/core/packs/jmss/clwin", () => ({
  packClWin: () => {
    throw new RangeError("bad need");
  },
  clWinText: () => "",
}));

test.each([
  ["TARGET", () => target([["ESMPRO/JMSS"]])],
  ["PRICECLASS", () => priceClass([["ESMPRO/JMSS"]])],
  ["WARNINGS", () => warnings([["ESMPRO/JMSS"]])],
  ["SUPPORTEND", () => supportEnd([["2021-03-31"]])],
  ["RENEWALCLASS", () => renewalClass([["2021-03-31"]])],
  [
    "ANNOTATE",
    () =>
      annotate([
        ["製品名", "用途"],
        ["ESMPRO/JMSS", "サーバ"],
      ]),
  ],
  ["CLWIN", () => clWin([[7]])],
])("%s answers #VALUE! (internal error) instead of throwing", (_name, call) => {
  const cell = only(call());
  expect(isCellError(cell) && cell.code).toBe("#VALUE!");
  expect(isCellError(cell) && cell.message).toContain("内部エラー");
});
