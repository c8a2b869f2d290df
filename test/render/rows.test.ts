import { describe, expect, test } from "vitest";
import { annotateValues } from "../../src/core/annotate";
import { isoToSerial } from "../../src/core/dates";
import type { IsoDate, RowResult } from "../../src/core/model";
import { renderRow } from "../../src/render";

const asOf = "2025-10-01" as IsoDate;
const decided = (product: string, maintenance: string): RowResult => {
  const a = annotateValues(
    [
      ["製品名", "用途", "数量", "保守契約"],
      [product, "稼働マシン", 2, maintenance],
    ],
    { asOf, unified: false },
  );
  const r = a?.results[0];
  if (!r) throw new Error("no result");
  return r;
};

describe("rendering rows that share their decision", () => {
  test("two rows decided alike show the same cells, each with its own support date", () => {
    const first = decided("WebSAM JMSS Ver8.1", "あり");
    const second: RowResult = { ...decided("WebSAM JMSS Ver8.1", "あり"), supportEnd: "2026-03-31" as IsoDate };
    expect(second.lines).toBe(first.lines); // the premise: the pack shares the lists
    expect(renderRow(first, "ja")[4]).toBeNull();
    expect(renderRow(second, "ja")[4]).toBe(isoToSerial("2026-03-31" as IsoDate));
    expect(renderRow(second, "ja").slice(0, 4)).toEqual(renderRow(first, "ja").slice(0, 4));
  });

  test("the same decision reads in each language, whichever was rendered first", () => {
    const r = decided("WebSAM JMSS Ver8.1", "なし");
    const ja = renderRow(r, "ja");
    const en = renderRow(r, "en");
    expect(ja[3]).toBe("優待価格");
    expect(en[3]).toBe("Preferential price");
    expect(renderRow(r, "ja")).toEqual(ja);
  });

  test("a shared row's cells cannot be changed by one caller under another", () => {
    const cells = renderRow(decided("WebSAM JMSS Ver8.1", "あり"), "ja");
    expect(Object.isFrozen(cells)).toBe(true);
  });
});
