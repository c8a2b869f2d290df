// seed 004 使用部署を定めない購入 (統合お客様番号): E8 floating only, E9 統合サポート更新.
import { describe, expect, test } from "vitest";
import { classes, codes, conditions, evaluateSheet } from "./sheet";

const AS_OF = "2021-03-01";
const floating = (qty: number, extra: Record<string, string | number> = {}) => ({
  ライセンス形態: "フローティング",
  数量: qty,
  サポート期限: "2021/3/31",
  お客様番号: "U-1",
  ...extra,
});

describe("seed 004: フローティングライセンスのみ使用可能 (E8)", () => {
  test("スタンダードライセンス → UNIFIED_STANDARD_MUST_UPGRADE", () => {
    const [r] = evaluateSheet([floating(1, { ライセンス形態: "スタンダード" })], AS_OF, true);
    expect(codes(r!)).toContain("UNIFIED_STANDARD_MUST_UPGRADE");
  });

  test("アカデミックライセンスにはフローティングライセンスはありません → ACADEMIC_NO_FLOATING, no line", () => {
    const [r] = evaluateSheet([floating(1, { ライセンス形態: "アカデミック" })], AS_OF, true);
    expect(codes(r!)).toContain("ACADEMIC_NO_FLOATING");
    expect(r!.lines).toEqual([]);
  });

  test("サポートが終了しているライセンスは、サポートを再開し有効にするか、使用を停止 → UNIFIED_SUPPORT_REQUIRED", () => {
    const rs = evaluateSheet(
      [floating(2, { サポート期限: "2020/12/31", 更新ライセンス数: 0 }), floating(2, { サポート期限: "2020/12/31" })],
      AS_OF,
      true,
    );
    expect(codes(rs[0]!)).toContain("UNIFIED_SUPPORT_REQUIRED");
    // the second row resumes all its licences: it already does what the rule asks
    expect(codes(rs[1]!)).not.toContain("UNIFIED_SUPPORT_REQUIRED");
  });

  test("全てのライセンスを「統合お客様番号」に統合 → UNIFIED_MERGE_CUSTOMER_NUMBERS, whatever the department", () => {
    const rs = evaluateSheet([floating(5, { 部署: "設計部" }), floating(5, { 部署: "品証部", お客様番号: "U-2" })], AS_OF, true);
    for (const r of rs) expect(codes(r)).toContain("UNIFIED_MERGE_CUSTOMER_NUMBERS");
    for (const r of rs) expect(codes(r)).not.toContain("MERGE_CUSTOMER_NUMBERS");
  });

  test("without the unified option none of this applies", () => {
    const [r] = evaluateSheet([floating(12, { ライセンス形態: "スタンダード" })], AS_OF);
    expect(codes(r!)).toEqual([]);
    expect(classes(r!)).toEqual(["SUPPORT_RENEWAL"]);
  });
});

describe("seed 004 メリット: 統合サポート更新 (E9)", () => {
  test("all valid licences renewed, 10 or more, no gap → UNIFIED_SUPPORT_RENEWAL", () => {
    const rs = evaluateSheet([floating(6), floating(4, { サポート期限: "2021/6/30" })], AS_OF, true);
    for (const r of rs) expect(classes(r)).toEqual(["UNIFIED_SUPPORT_RENEWAL"]);
    expect(rs[0]!.lines[0]?.product).toBe("Enterprise Architect Corporate フローティングライセンス 統合サポート更新");
    expect(rs[0]!.rules).toEqual(["E1", "E9"]);
    expect(rs[1]!.supportEnd).toBe("2022-06-30");
  });

  test("10ライセンス以上のサポート更新が対象: 9 → TOO_FEW_LICENCES", () => {
    const rs = evaluateSheet([floating(5), floating(4)], AS_OF, true);
    for (const r of rs) {
      expect(classes(r)).toEqual(["SUPPORT_RENEWAL"]);
      expect(conditions(r, "UNIFIED_RENEWAL_NOT_ELIGIBLE")).toEqual(["TOO_FEW_LICENCES"]);
    }
  });

  test("ライセンスの一部のみをサポート更新する場合には利用できません → NOT_ALL_RENEWED", () => {
    const rs = evaluateSheet([floating(12), floating(3, { 更新ライセンス数: 1 })], AS_OF, true);
    for (const r of rs) expect(conditions(r, "UNIFIED_RENEWAL_NOT_ELIGIBLE")).toEqual(["NOT_ALL_RENEWED"]);
  });

  test("サポートが継続されない期間が発生する場合は利用不可 → SUPPORT_GAP on the resumed row only", () => {
    const rs = evaluateSheet([floating(12), floating(2, { サポート期限: "2020/12/31" })], AS_OF, true);
    expect(classes(rs[0]!)).toEqual(["UNIFIED_SUPPORT_RENEWAL"]);
    expect(classes(rs[1]!)).toEqual(["SUPPORT_RENEWAL"]);
    expect(conditions(rs[1]!, "UNIFIED_RENEWAL_NOT_ELIGIBLE")).toEqual(["SUPPORT_GAP"]);
  });

  test("a quote that expired before payment (order after the support end) is a gap", () => {
    const [r] = evaluateSheet([floating(12, { 注文日: "2021/4/10" })], AS_OF, true);
    expect(conditions(r!, "UNIFIED_RENEWAL_NOT_ELIGIBLE")).toEqual(["SUPPORT_GAP"]);
  });
});
