// M4 (seed 001): "2018 年 5 月 1 日より、物理メディア版ソフトウェアが廃止" — download from VLSC (MPSA: Microsoft
// Business Center). Said where media is the question: media rows and allowed downgrades.
import { describe, expect, test } from "vitest";
import type { IsoDate } from "../../../src/core/model";
import { CTX, classes, codes, evaluateRow } from "./sheet";

describe("M4: physical media ended on 2018-05-01", () => {
  test.each([
    ["Windows 11 Enterprise メディアキット"],
    ["Office LTSC Professional Plus 2024 DVD"],
    ["Windows Server 2022 Standard Media"],
  ])("%s → NO_PHYSICAL_MEDIA, and a media row is no licence to check", (product) => {
    const r = evaluateRow({ product, quantity: 1 });
    expect(codes(r)).toEqual([["NO_PHYSICAL_MEDIA", "info"]]);
    expect(classes(r)).toEqual([["NO_CHANGE", 1]]);
    expect(r.rules).toEqual(["M4"]);
  });

  test("an allowed downgrade is downloaded from VLSC → DOWNGRADE_ALLOWED then NO_PHYSICAL_MEDIA", () => {
    const r = evaluateRow({
      product: "Office LTSC Professional Plus 2024",
      quantity: 30,
      desired: "Office Professional Plus 2019",
    });
    expect(codes(r)).toEqual([
      ["DOWNGRADE_ALLOWED", "info"],
      ["NO_PHYSICAL_MEDIA", "info"],
    ]);
    expect(r.rules).toEqual(["M1", "M4"]);
  });

  test("a plain licence row gets no media note (not noise on every row)", () => {
    const r = evaluateRow({ product: "Windows Server 2022 Datacenter", quantity: 2 });
    expect(codes(r)).toEqual([]);
    expect(r.rules).toEqual([]);
  });

  test("before 2018-05-01 media still shipped: no note", () => {
    const r = evaluateRow({ product: "Windows 10 Enterprise DVD" }, { ...CTX, asOf: "2018-04-30" as IsoDate });
    expect(codes(r)).toEqual([]);
  });

  test("from 2018-05-01 on: the note", () => {
    const r = evaluateRow({ product: "Windows 10 Enterprise DVD" }, { ...CTX, asOf: "2018-05-01" as IsoDate });
    expect(codes(r)).toEqual([["NO_PHYSICAL_MEDIA", "info"]]);
  });
});
