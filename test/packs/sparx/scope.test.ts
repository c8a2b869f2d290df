// seed 004 ライセンスの使用可能範囲: lending (E11), training (E12), delivery (E13), personal (E14), viewing (E15).
import { describe, expect, test } from "vitest";
import { classes, codes, conditions, evaluateRow } from "./sheet";

const AS_OF = "2021-03-01";
const base = { サポート期限: "2021/3/31" };
const lending = { ...base, 使用形態: "貸与", 購入組織のプロジェクト専従: "あり", 購入組織の指揮下: "○", 購入組織のマシン: "○" };

describe("seed 004 ライセンスの貸与・貸出: 以下の条件をすべて満たす場合に限り (E11)", () => {
  test("all four conditions hold → no finding, renewal as usual", () => {
    const r = evaluateRow(lending, AS_OF);
    expect(codes(r)).toEqual([]);
    expect(classes(r)).toEqual(["SUPPORT_RENEWAL"]);
  });

  test.each([
    ["購入組織のプロジェクト専従", "PROJECT_ONLY"],
    ["購入組織の指揮下", "UNDER_DIRECTION"],
    ["購入組織のマシン", "OWNER_OR_PROJECT_MACHINE"],
  ])("%s not met → LENDING_CONDITIONS_UNMET %s", (column, condition) => {
    const r = evaluateRow({ ...lending, [column]: "なし" }, AS_OF);
    expect(conditions(r, "LENDING_CONDITIONS_UNMET")).toEqual([condition]);
  });

  test("一般的な請負業務: nothing shown (blank cells) → every condition named", () => {
    const r = evaluateRow({ ...base, 使用形態: "貸与" }, AS_OF);
    expect(conditions(r, "LENDING_CONDITIONS_UNMET")).toEqual(["PROJECT_ONLY", "UNDER_DIRECTION", "OWNER_OR_PROJECT_MACHINE"]);
    expect(r.rules).toContain("E11");
  });
});

describe("seed 004 トレーニング(研修)での使用 (E12)", () => {
  const training = {
    ...base,
    使用形態: "研修",
    ライセンス形態: "フローティング",
    登録部署が研修実施: "あり",
    購入組織のマシン: "あり",
    研修目的のみ: "あり",
  };

  test("floating, run by the registered department, its machine, training only → no finding", () => {
    expect(codes(evaluateRow(training, AS_OF))).toEqual([]);
  });

  test.each([
    ["ライセンス形態", "スタンダード", "FLOATING"],
    ["ライセンス形態", "アカデミック", "FLOATING"],
    ["登録部署が研修実施", "なし", "TRAINING_BY_OWNER"],
    ["購入組織のマシン", "なし", "OWNER_MACHINE"],
    ["研修目的のみ", "", "TRAINING_ONLY"],
  ])("%s = %s → TRAINING_CONDITIONS_UNMET %s", (column, value, condition) => {
    const r = evaluateRow({ ...training, [column]: value }, AS_OF);
    expect(conditions(r, "TRAINING_CONDITIONS_UNMET")).toEqual([condition]);
  });
});

describe("seed 004 ライセンスを含めた納品: 譲渡や移管(名義変更)はできません (E13)", () => {
  test("使用形態 納品 → NO_TRANSFER_WITH_DELIVERABLE", () => {
    const r = evaluateRow({ ...base, 使用形態: "納品" }, AS_OF);
    expect(codes(r)).toEqual(["NO_TRANSFER_WITH_DELIVERABLE"]);
    expect(r.rules).toEqual(["E1", "E13"]);
  });
});

describe("seed 004: 個人名義で購入の場合には、購入した個人のみが使用できます (E14)", () => {
  test("used by someone else → PERSONAL_LICENSE_PURCHASER_ONLY", () => {
    const r = evaluateRow({ ...base, 名義: "個人", 使用者: "佐藤 花子", 購入者: "山田 太郎" }, AS_OF);
    expect(codes(r)).toEqual(["PERSONAL_LICENSE_PURCHASER_ONLY"]);
  });

  test("used by the purchaser (spacing aside) → none", () => {
    const r = evaluateRow({ ...base, 名義: "個人", 使用者: "山田　太郎", 購入者: "山田太郎" }, AS_OF);
    expect(codes(r)).toEqual([]);
  });

  test("貸与や譲渡はできません: a personal licence lent out → PERSONAL_LICENSE_PURCHASER_ONLY, not the corporate conditions", () => {
    const r = evaluateRow({ ...base, 名義: "個人", 使用形態: "貸与" }, AS_OF);
    expect(codes(r)).toEqual(["PERSONAL_LICENSE_PURCHASER_ONLY"]);
  });

  test("a corporate licence's user is not checked against its purchaser (the department decides)", () => {
    const r = evaluateRow({ ...base, 名義: "法人", 使用者: "佐藤 花子", 購入者: "山田 太郎" }, AS_OF);
    expect(codes(r)).toEqual([]);
  });
});

describe("seed 004: 参照するのみであれば、ライセンスは不要 (E15)", () => {
  test("使用形態 参照のみ → VIEWING_NO_LICENSE, one NO_CHANGE line with the row's quantity, no support end needed", () => {
    const r = evaluateRow({ 使用形態: "参照のみ", 数量: 3, サポート期限: null }, AS_OF);
    expect(codes(r)).toEqual(["VIEWING_NO_LICENSE"]);
    expect(r.lines).toEqual([
      { sku: "", product: "Enterprise Architect Corporate", quantity: 3, priceClass: "NO_CHANGE", item: "sparx:EA" },
    ]);
    expect(r.supportEnd).toBeNull();
    expect(r.rules).toEqual(["E15"]);
  });
});
