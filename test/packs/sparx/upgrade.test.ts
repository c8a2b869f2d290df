// seed 003 「アップグレード」パッケージ製品 (E4): valid support on registration, registered within 90 days of issue.
import { describe, expect, test } from "vitest";
import { classes, codes, evaluateRow } from "./sheet";

describe("seed 003: アップグレードを実行するためには、登録時点で対象の製品のサポートが有効", () => {
  test("valid support, registered in time → UPGRADE, support end unchanged", () => {
    const r = evaluateRow(
      {
        製品名: "Enterprise Architect Professional",
        手続き: "アップグレード",
        サポート期限: "2021/3/31",
        発行日: "2021/1/5",
        手続き日: "2021/3/1",
        数量: 2,
      },
      "2021-01-05",
    );
    expect(classes(r)).toEqual(["UPGRADE"]);
    expect(r.lines[0]).toMatchObject({ product: "Enterprise Architect Professional アップグレード", quantity: 2 });
    expect(r.supportEnd).toBeNull();
    expect(r.rules).toEqual(["E4"]);
    expect(codes(r)).toEqual([]);
  });

  test("support ended before registration → UPGRADE_NEEDS_SUPPORT, no line", () => {
    const r = evaluateRow({ 手続き: "アップグレード", サポート期限: "2021/2/28", 手続き日: "2021/3/1" }, "2021-03-01");
    expect(codes(r)).toEqual(["UPGRADE_NEEDS_SUPPORT"]);
    expect(r.lines).toEqual([]);
  });

  test("登録期限日(発行日から90日後)以降に登録することはできません → UPGRADE_CODE_EXPIRED", () => {
    const onTime = evaluateRow(
      { 手続き: "アップグレード", サポート期限: "2022/3/31", 発行日: "2021/1/5", 手続き日: "2021/4/5" },
      "2021-01-05",
    );
    expect(codes(onTime)).toEqual([]);
    const late = evaluateRow(
      { 手続き: "アップグレード", サポート期限: "2022/3/31", 発行日: "2021/1/5", 手続き日: "2021/4/6" },
      "2021-01-05",
    );
    expect(codes(late)).toEqual(["UPGRADE_CODE_EXPIRED"]);
    expect(late.findings[0]?.params).toEqual({ deadline: "2021-04-05" });
    expect(late.lines).toEqual([]);
  });

  test("an upgrade without a support end cannot be checked → SUPPORT_END_REQUIRED", () => {
    const r = evaluateRow({ 手続き: "アップグレード", サポート期限: null }, "2021-03-01");
    expect(codes(r)).toEqual(["SUPPORT_END_REQUIRED"]);
  });
});
