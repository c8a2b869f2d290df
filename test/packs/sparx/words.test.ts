// The EA findings render in both languages with every placeholder filled and every condition key worded.
import { describe, expect, test } from "vitest";
import { findingMessage } from "../../../src/i18n";
import { SPARX_CONDITIONS } from "../../../src/core/packs/sparx/codes";
import { conditionWord } from "../../../src/i18n/sparx";
import { evaluateSheet } from "./sheet";

describe("words for the EA pack", () => {
  test.each(["ja", "en"] as const)("every condition key has words (%s)", (lang) => {
    for (const key of SPARX_CONDITIONS) expect(conditionWord(key, lang)).not.toBe(key);
  });

  const PARAMETRISED = [
    "LATE_REGISTRATION",
    "REINSTATEMENT_3Y",
    "REINSTATEMENT_BY_PROCEDURE_DATE",
    "UPGRADE_NEEDS_SUPPORT",
    "UPGRADE_CODE_EXPIRED",
    "PACKAGE_ALL_OR_NOTHING",
    "MERGE_CUSTOMER_NUMBERS",
    "UNIFIED_MERGE_CUSTOMER_NUMBERS",
    "PARTIAL_RENEWAL_UNUSABLE",
    "RENEW_QUANTITY_OVER",
    "LENDING_CONDITIONS_UNMET",
    "TRAINING_CONDITIONS_UNMET",
    "UNIFIED_RENEWAL_NOT_ELIGIBLE",
  ];

  test.each(["ja", "en"] as const)("no placeholder is left unfilled (%s)", (lang) => {
    const sheet = (unified: boolean) =>
      evaluateSheet(
        [
          {
            部署: "開発部",
            お客様番号: "A-1",
            サポート期限: "2017/3/31",
            発行日: "2021/1/5",
            手続き日: "2021/3/5",
            購入方法: "パッケージ",
            名義: "個人事業主",
          },
          { 部署: "開発部", お客様番号: "B-2", サポート期限: "2021/6/30", 使用形態: "貸与", 年数: 2, 購入方法: "パッケージ" },
          {
            部署: "開発部",
            お客様番号: "B-2",
            サポート期限: "2021/6/30",
            使用形態: "研修",
            数量: 3,
            更新ライセンス数: 1,
            購入方法: "パッケージ",
          },
          { 手続き: "アップグレード", サポート期限: "2021/1/31", 発行日: "2020/10/1", 手続き日: "2021/3/5" },
          { サポート期限: "2021/6/30", 数量: 1, 更新ライセンス数: 2 },
          { サポート期限: "2018/3/31", 注文日: "2021/3/20", ライセンス形態: "スタンダード" },
        ],
        "2021-03-05",
        unified,
      );
    const findings = [...sheet(false), ...sheet(true)].flatMap((r) => r.findings);
    expect(PARAMETRISED.filter((code) => !findings.some((f) => f.code === code))).toEqual([]);
    for (const f of findings) {
      const message = findingMessage(f, lang);
      expect(message, f.code).not.toMatch(/\{\w+\}/);
      expect(message, f.code).not.toMatch(/[A-Z]{3,}_[A-Z_]+/);
    }
  });
});
