// JMSS.CLWIN (SPEC §8, J4 seed 000 §2 (2), §7 example 1): clients after the CL/Win bundled with each MG, packed as
// 5-License products first and the rest 1-License.
import { expect, test } from "vitest";
import { isCellError, only, setDisplayLanguage } from "./office-shim";
import { clWin } from "../../src/functions/functions";
import { col } from "./cli-sheet";

test("seed 000 §7 example 1: 7 clients with 1 MG → 6 to buy → 5×1, 1×1", () => {
  expect(clWin([[7]], [[1]])).toEqual([["5×1, 1×1"]]);
});

test.each([
  [7, undefined, "5×1, 1×2"],
  [5, undefined, "5×1"],
  [3, 0, "1×3"],
  [12, 2, "5×2"],
  [2, 4, "0"],
  ["11本", "1", "5×2"],
])("%s clients, %s MG → %s", (clients, mg, want) => {
  expect(only(clWin([[clients]], mg === undefined ? undefined : [[mg]]))).toBe(want);
});

test("a range spills one breakdown per row; a single MG count applies to every row; blank rows stay blank", () => {
  expect(clWin(col(7, 10, null, 1), [[1]])).toEqual([["5×1, 1×1"], ["5×1, 1×4"], [""], ["0"]]);
  expect(clWin(col(7, 10), col(1, 0))).toEqual([["5×1, 1×1"], ["5×2"]]);
});

test("a count that is not a whole number of 0 or more is #VALUE! on its row, naming the argument", () => {
  setDisplayLanguage("ja-JP");
  const got = clWin(col(7, -1, "たくさん", 2.5), [[1]]);
  expect(got[0]).toEqual(["5×1, 1×1"]);
  for (const row of got.slice(1)) {
    const cell = row[0];
    expect(isCellError(cell) && cell.code).toBe("#VALUE!");
    expect(isCellError(cell) && cell.message).toContain("クライアント数");
  }
  const badMg = only(clWin([[7]], [["x"]]));
  expect(isCellError(badMg) && badMg.message).toContain("MG数");
  setDisplayLanguage("en-US");
  const en = only(clWin([[-3]]));
  expect(isCellError(en) && en.message).toContain("clients");
  setDisplayLanguage("ja-JP");
});

test("shape problems are one #VALUE!", () => {
  expect(
    isCellError(
      only(
        clWin([
          [1, 2],
          [3, 4],
        ]),
      ),
    ),
  ).toBe(true);
  expect(isCellError(only(clWin(col(1), col(1, 2))))).toBe(true);
});
