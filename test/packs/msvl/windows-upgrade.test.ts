// M2 and M3 (seed 001 Windows Upgrade インストール サービス): a VL Windows Upgrade needs a qualifying base licence
// and its COA ("Windows Pro 等"); imaging by an OEM/LSP needs the signed customer licence confirmation form.
import { describe, expect, test } from "vitest";
import { judgeBaseLicense } from "../../../src/core/packs/msvl/base-license";
import { classes, codes, evaluateRow, evaluateRows } from "./sheet";

describe("M2 対象となる Windows オペレーティング システム: which base licences qualify", () => {
  test.each([
    ["Windows 11 Pro", "qualifying"],
    ["Windows 10 Pro", "qualifying"],
    ["Windows 11 Pro for Workstations", "qualifying"],
    ["Windows 11 Pro Education", "qualifying"],
    ["Windows 10 Enterprise", "qualifying"],
    ["Windows 11 Education", "qualifying"],
    ["Windows 7 Professional", "qualifying"],
    ["Pro", "qualifying"],
    ["プロ", "qualifying"],
    ["OEM版 Windows 10 Pro (COA貼付)", "qualifying"],
    ["Windows 11 Home", "none"],
    ["Windows 10 Home", "none"],
    ["Windows 7 Home Premium", "none"],
    ["Windows 10 Enterprise LTSC 2019", "none"],
    ["Windows Server 2019 Standard", "none"],
    ["なし", "none"],
    ["無し", "none"],
    ["-", "none"],
    ["あり", "unstated"],
    ["○", "unstated"],
    ["Windows 10", "unstated"],
    ["不明な値", "unreadable"],
  ])("%s → %s", (text, verdict) => {
    expect(judgeBaseLicense(text)).toBe(verdict);
  });

  test("a blank cell is no base licence", () => {
    expect(judgeBaseLicense(undefined)).toBe("none");
  });
});

describe("M2: a Windows Upgrade via VL needs a qualifying base licence", () => {
  test.each([
    ["Windows 11 Enterprise", "Windows 11 Pro"],
    ["Windows 11 Education", "Windows 11 Pro Education"],
    ["Windows 11 Enterprise アップグレード", "Windows 10 Pro"],
    ["Windows 11 Pro Upgrade", "Windows 10 Pro"],
  ])("%s on %s → one NO_CHANGE line with the row's quantity, M2", (product, base) => {
    const r = evaluateRow({ product, quantity: 40, base });
    expect(classes(r)).toEqual([["NO_CHANGE", 40]]);
    expect(codes(r)).toEqual([]);
    expect(r.rules).toEqual(["M2"]);
  });

  test.each([[""], ["なし"], ["Windows 11 Home"], ["Home"]])("base licence %s → BASE_LICENSE_REQUIRED, no line", (base) => {
    const r = evaluateRow({ product: "Windows 11 Enterprise", quantity: 40, base });
    expect(codes(r)).toEqual([["BASE_LICENSE_REQUIRED", "error"]]);
    expect(r.lines).toEqual([]);
    expect(r.rules).toEqual(["M2"]);
  });

  test("a base licence said to exist without its edition → BASE_LICENSE_UNCONFIRMED, line kept", () => {
    const r = evaluateRow({ product: "Windows 11 Enterprise", quantity: 5, base: "あり" });
    expect(codes(r)).toEqual([["BASE_LICENSE_UNCONFIRMED", "warning"]]);
    expect(classes(r)).toEqual([["NO_CHANGE", 5]]);
  });

  test("an unreadable base licence → INVALID_VALUE on baseLicense, no line", () => {
    const r = evaluateRow({ product: "Windows 11 Enterprise", base: "要確認" });
    expect(r.findings).toEqual([
      expect.objectContaining({ code: "INVALID_VALUE", params: { column: "baseLicense", value: "要確認" } }),
    ]);
    expect(r.lines).toEqual([]);
  });

  test.each([["Windows 11 Pro"], ["Windows 11 Home"], ["Windows Server 2022 Standard"], ["Office LTSC Professional Plus 2024"]])(
    "%s without Upgrade in its name and without imaging is not a Windows Upgrade: no base licence asked",
    (product) => {
      const r = evaluateRow({ product, quantity: 3 });
      expect(classes(r)).toEqual([["NO_CHANGE", 3]]);
      expect(r.rules).not.toContain("M2");
    },
  );
});

describe("M3: imaging by an OEM/LSP needs the customer licence confirmation form", () => {
  test("Enterprise imaged by the OEM on Pro PCs → IMAGING_FORM_REQUIRED, NO_CHANGE kept", () => {
    const r = evaluateRow({ product: "Windows 11 Enterprise", quantity: 120, base: "Windows 11 Pro", imaging: "あり" });
    expect(codes(r)).toEqual([["IMAGING_FORM_REQUIRED", "warning"]]);
    expect(classes(r)).toEqual([["NO_CHANGE", 120]]);
    expect(r.rules).toEqual(["M2", "M3"]);
  });

  test("imaging a VL Windows image makes the row a Windows Upgrade, so the base licence is checked too", () => {
    const r = evaluateRow({ product: "Windows 11 Pro", base: "Windows 11 Home", imaging: "○" });
    expect(codes(r)).toEqual([
      ["BASE_LICENSE_REQUIRED", "error"],
      ["IMAGING_FORM_REQUIRED", "warning"],
    ]);
    expect(r.lines).toEqual([]);
  });

  test.each([["なし"], [""]])("imaging %s → no form", (imaging) => {
    const r = evaluateRow({ product: "Windows 11 Enterprise", base: "Windows 11 Pro", imaging });
    expect(codes(r)).toEqual([]);
  });

  test("an unreadable imaging cell is a reader error on that row only", () => {
    const [bad, good] = evaluateRows([
      { product: "Windows 11 Enterprise", base: "Windows 11 Pro", imaging: "たぶん" },
      { product: "Windows 11 Enterprise", base: "Windows 11 Pro", imaging: "なし" },
    ]);
    expect(bad?.findings).toEqual([
      expect.objectContaining({ code: "INVALID_VALUE", params: { column: "imaging", value: "たぶん" } }),
    ]);
    expect(bad?.lines).toEqual([]);
    expect(good && classes(good)).toEqual([["NO_CHANGE", 1]]);
  });
});
