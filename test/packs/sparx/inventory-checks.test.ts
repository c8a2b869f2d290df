// Rules across the rows of one inventory: seed 003 (E5, E6) and seed 004 customer numbers (E7, E16).
import { describe, expect, test } from "vitest";
import { classes, codes, evaluateSheet } from "./sheet";

const AS_OF = "2021-03-01";

describe("seed 003 概要: 個人および個人事業主のお客様は、ダイレクト購入でのサポート更新 (E5)", () => {
  test.each([
    ["個人", "パッケージ", true],
    ["個人事業主", "パッケージ購入", true],
    ["個人", "ダイレクト", false],
    ["法人", "パッケージ", false],
  ])("名義 %s, 購入方法 %s → DIRECT_ONLY %s", (holder, purchase, expected) => {
    const [r] = evaluateSheet([{ 名義: holder, 購入方法: purchase, サポート期限: "2021/3/31" }], AS_OF);
    expect(codes(r!).includes("DIRECT_ONLY")).toBe(expected);
    expect(classes(r!)).toEqual(["SUPPORT_RENEWAL"]);
  });
});

describe("seed 003: ご購入した本数分をすべて適用する必要があります (E6)", () => {
  const row = (years: number, action = "更新") => ({
    お客様番号: "C-1001",
    購入方法: "パッケージ",
    年数: years,
    手続き: action,
    サポート期限: "2021/3/31",
    数量: 5,
  });

  test("one customer number's package rows with different years → PACKAGE_ALL_OR_NOTHING on each", () => {
    const rs = evaluateSheet([row(1), row(2)], AS_OF);
    for (const r of rs) expect(codes(r)).toContain("PACKAGE_ALL_OR_NOTHING");
  });

  test("renewal and upgrade of one product under one customer number → PACKAGE_ALL_OR_NOTHING", () => {
    const rs = evaluateSheet([row(1), row(1, "アップグレード")], AS_OF);
    for (const r of rs) expect(codes(r)).toContain("PACKAGE_ALL_OR_NOTHING");
  });

  test("same action and years, or direct purchase, or other customer numbers → none", () => {
    const same = evaluateSheet([row(2), row(2)], AS_OF);
    const direct = evaluateSheet(
      [
        { ...row(1), 購入方法: "ダイレクト" },
        { ...row(2), 購入方法: "ダイレクト" },
      ],
      AS_OF,
    );
    const other = evaluateSheet([row(1), { ...row(2), お客様番号: "C-2002" }], AS_OF);
    for (const r of [...same, ...direct, ...other]) expect(codes(r)).not.toContain("PACKAGE_ALL_OR_NOTHING");
  });
});

describe("seed 004 お客様番号統合時の対応: 1つの部署で1つのお客様番号 (E7)", () => {
  test("two customer numbers in one department → MERGE_CUSTOMER_NUMBERS naming both", () => {
    const rs = evaluateSheet(
      [
        { 部署: "開発部 設計課", お客様番号: "A-100", サポート期限: "2021/6/30" },
        { 部署: "開発部　設計課", お客様番号: "B-200", サポート期限: "2021/9/30" },
        { 部署: "品質保証部", お客様番号: "C-300", サポート期限: "2021/9/30" },
      ],
      AS_OF,
    );
    expect(codes(rs[0]!)).toEqual(["MERGE_CUSTOMER_NUMBERS"]);
    expect(rs[0]!.findings[0]?.params).toMatchObject({ customerNos: "A-100, B-200" });
    expect(codes(rs[1]!)).toEqual(["MERGE_CUSTOMER_NUMBERS"]);
    expect(codes(rs[2]!)).toEqual([]);
  });

  test("統合する結果、サポートの有効・無効が混在 → MIXED_SUPPORT_ON_MERGE", () => {
    const rs = evaluateSheet(
      [
        { 部署: "開発部", お客様番号: "A-100", サポート期限: "2021/6/30" },
        { 部署: "開発部", お客様番号: "B-200", サポート期限: "2020/12/31" },
      ],
      AS_OF,
    );
    for (const r of rs) expect(codes(r)).toContain("MIXED_SUPPORT_ON_MERGE");
  });

  test("サポートが終了してから3年以上 → MERGE_EXPIRED_UNUSABLE on that row only", () => {
    const rs = evaluateSheet(
      [
        { 部署: "開発部", お客様番号: "A-100", サポート期限: "2021/6/30" },
        { 部署: "開発部", お客様番号: "B-200", サポート期限: "2017/12/31" },
      ],
      AS_OF,
    );
    expect(codes(rs[0]!)).not.toContain("MERGE_EXPIRED_UNUSABLE");
    expect(codes(rs[1]!)).toContain("MERGE_EXPIRED_UNUSABLE");
    expect(classes(rs[1]!)).toEqual(["SUPPORT_REINSTATEMENT"]);
  });
});

describe("seed 004: 使用するライセンスのみサポートを有効にする … 有効にしなかったライセンスは使用禁止 (E16)", () => {
  test("renewing 6 of 10 → 6 on the line, PARTIAL_RENEWAL_UNUSABLE for the 4 others", () => {
    const [r] = evaluateSheet([{ 数量: 10, 更新ライセンス数: 6, サポート期限: "2021/3/31" }], AS_OF);
    expect(r!.lines[0]?.quantity).toBe(6);
    expect(codes(r!)).toEqual(["PARTIAL_RENEWAL_UNUSABLE"]);
    expect(r!.findings[0]?.params).toEqual({ count: 4 });
  });

  test("a row not renewed while its customer number renews others → NO_CHANGE and PARTIAL_RENEWAL_UNUSABLE", () => {
    const rs = evaluateSheet(
      [
        { お客様番号: "A-100", 数量: 3, サポート期限: "2021/3/31" },
        { お客様番号: "A-100", 数量: 2, 更新ライセンス数: 0, サポート期限: "2021/3/31" },
        { お客様番号: "B-200", 数量: 2, 更新ライセンス数: 0, サポート期限: "2021/3/31" },
      ],
      AS_OF,
    );
    expect(classes(rs[1]!)).toEqual(["NO_CHANGE"]);
    expect(rs[1]!.supportEnd).toBeNull();
    expect(codes(rs[1]!)).toEqual(["PARTIAL_RENEWAL_UNUSABLE"]);
    expect(codes(rs[2]!)).toEqual([]);
  });

  test("more to renew than held → RENEW_QUANTITY_OVER, no line", () => {
    const [r] = evaluateSheet([{ 数量: 2, 更新ライセンス数: 3, サポート期限: "2021/3/31" }], AS_OF);
    expect(codes(r!)).toEqual(["RENEW_QUANTITY_OVER"]);
    expect(r!.lines).toEqual([]);
  });
});

describe("a row that renews nothing", () => {
  test("needs no support end and gets no renewal-method warning", () => {
    const [r] = evaluateSheet(
      [{ 数量: 2, 更新ライセンス数: 0, サポート期限: null, 名義: "個人", 購入方法: "パッケージ" }],
      AS_OF,
    );
    expect(codes(r!)).toEqual([]);
    expect(classes(r!)).toEqual(["NO_CHANGE"]);
  });
});
