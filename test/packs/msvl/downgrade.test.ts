// M1 (seed 001 旧バージョン製品のご利用について): "有効なソフトウェアを所有しているお客様は、お持ちのエディションの
// 旧バージョン製品をご利用いただくことができます" — the same edition, an earlier version.
import { describe, expect, test } from "vitest";
import { classes, codes, evaluateRow } from "./sheet";

describe("M1 downgrade rights: an earlier version of the edition held", () => {
  test.each([
    ["Windows 11 Enterprise", "Windows 10 Enterprise"],
    ["Windows 11 Pro", "Windows 7 Professional"],
    ["Office LTSC Professional Plus 2024", "Office Professional Plus 2019"],
    ["Windows Server 2022 Standard", "Windows Server 2019 Standard"],
    ["Windows Server 2022 Datacenter", "Windows Server 2012 R2 Datacenter"],
    ["SQL Server 2022 Enterprise", "SQL Server 2019 Enterprise"],
    ["Windows 10 Enterprise LTSC 2021", "Windows 10 Enterprise LTSC 2019"],
  ])("%s used as %s → one NO_CHANGE line with the row's quantity, DOWNGRADE_ALLOWED", (product, desired) => {
    const r = evaluateRow({ product, quantity: 25, base: "Windows 11 Pro", desired });
    expect(classes(r)).toEqual([["NO_CHANGE", 25]]);
    expect(codes(r)).toContainEqual(["DOWNGRADE_ALLOWED", "info"]);
    expect(r.rules).toContain("M1");
  });

  test.each([
    ["Windows 11 Enterprise", "10"],
    ["Office LTSC Professional Plus 2024", "2019"],
    ["Windows Server 2022 Standard", "Windows Server 2019"],
  ])("%s used as a bare version %s keeps the edition held → DOWNGRADE_ALLOWED", (product, desired) => {
    const r = evaluateRow({ product, quantity: 2, base: "Windows 11 Pro", desired });
    expect(codes(r)).toContainEqual(["DOWNGRADE_ALLOWED", "info"]);
    expect(classes(r)).toEqual([["NO_CHANGE", 2]]);
  });

  test("the line keeps the product and SKU held (nothing new is bought)", () => {
    const r = evaluateRow({
      product: "Office LTSC Standard 2021",
      sku: "DHK-00000",
      quantity: 3,
      desired: "Office Standard 2016",
    });
    expect(r.lines).toEqual([
      { sku: "DHK-00000", product: "Office LTSC Standard 2021", quantity: 3, priceClass: "NO_CHANGE", item: "msvl:held" },
    ]);
  });
});

describe("M1: another edition is not covered", () => {
  test.each([
    ["Windows 11 Enterprise", "Windows 10 Pro"],
    ["Windows Server 2022 Datacenter", "Windows Server 2019 Standard"],
    ["Office LTSC Standard 2024", "Office Professional Plus 2019"],
    ["Windows 11 Pro", "Education"],
  ])("%s used as %s → DOWNGRADE_OTHER_EDITION, the wished edition bought at the normal price", (product, desired) => {
    const r = evaluateRow({ product, quantity: 4, base: "Windows 11 Pro", desired });
    expect(codes(r)).toContainEqual(["DOWNGRADE_OTHER_EDITION", "warning"]);
    expect(r.lines).toEqual([{ sku: "", product: desired, quantity: 4, priceClass: "NORMAL", item: "msvl:wished" }]);
  });

  test("another product altogether → DOWNGRADE_OTHER_PRODUCT, the wished product bought at the normal price", () => {
    const r = evaluateRow({ product: "Windows Server 2022 Standard", desired: "Windows 10 Pro" });
    expect(codes(r)).toEqual([["DOWNGRADE_OTHER_PRODUCT", "warning"]]);
    expect(classes(r)).toEqual([["NORMAL", 1]]);
  });
});

describe("M1: a later version is not a downgrade", () => {
  test.each([
    ["Windows 10 Enterprise", "Windows 11 Enterprise"],
    ["Office Professional Plus 2019", "Office LTSC Professional Plus 2024"],
    ["Windows Server 2012 R2 Standard", "2016"],
  ])("%s used as %s → DOWNGRADE_NOT_EARLIER, the later version bought at the normal price", (product, desired) => {
    const r = evaluateRow({ product, base: "Windows 10 Pro", desired });
    expect(codes(r)).toContainEqual(["DOWNGRADE_NOT_EARLIER", "warning"]);
    expect(codes(r)).not.toContainEqual(["DOWNGRADE_ALLOWED", "info"]);
    expect(r.lines.map((l) => [l.product, l.priceClass])).toEqual([[desired, "NORMAL"]]);
  });

  test("the version held is no downgrade and needs nothing: NO_CHANGE, no M1 finding", () => {
    const r = evaluateRow({ product: "Office Professional Plus 2021", quantity: 7, desired: "Office Professional Plus 2021" });
    expect(classes(r)).toEqual([["NO_CHANGE", 7]]);
    expect(codes(r)).toEqual([]);
  });
});

describe("M1: what cannot be read or checked", () => {
  test.each([["最新版"], ["Enterprise"], ["Windows"]])(
    "desiredVersion %s names no version → INVALID_VALUE on desiredVersion",
    (desired) => {
      const r = evaluateRow({ product: "Windows 11 Enterprise", base: "Windows 11 Pro", desired });
      expect(r.findings).toContainEqual(
        expect.objectContaining({
          code: "INVALID_VALUE",
          severity: "error",
          params: { column: "desiredVersion", value: desired },
        }),
      );
      expect(r.lines).toEqual([]);
    },
  );

  test("a product held without a version cannot be compared → DOWNGRADE_UNVERIFIED, NO_CHANGE kept", () => {
    const r = evaluateRow({
      product: "Windows Enterprise E3",
      quantity: 50,
      base: "Windows 10 Pro",
      desired: "Windows 10 Enterprise",
    });
    expect(codes(r)).toEqual([["DOWNGRADE_UNVERIFIED", "warning"]]);
    expect(classes(r)).toEqual([["NO_CHANGE", 50]]);
  });

  test.each([[""], ["なし"], ["-"]])("no wish (%s) → M1 does not fire", (desired) => {
    const r = evaluateRow({ product: "Office LTSC Professional Plus 2024", quantity: 10, desired });
    expect(classes(r)).toEqual([["NO_CHANGE", 10]]);
    expect(r.rules).not.toContain("M1");
  });
});
