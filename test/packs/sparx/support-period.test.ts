// seed 003 手順4: the new support period, by month, exactly as the seed's worked examples compute it.
import { describe, expect, test } from "vitest";
import type { IsoDate } from "../../../src/core/model";
import { countMonthsFrom, extendPeriod, newSupportEnd } from "../../../src/core/packs/sparx/support-period";
import { classes, codes, evaluateRow } from "./sheet";

const d = (s: string): IsoDate => s as IsoDate;

describe("seed 003 手順4: サポートが有効な期間内に購入 (E1)", () => {
  test("2021年3月末まで → 2022年3月末まで, whatever the issue date", () => {
    for (const issueDate of [undefined, d("2021-01-05"), d("2021-03-20")]) {
      const r = newSupportEnd({
        supportEnd: d("2021-03-31"),
        procedureDate: d("2021-05-20"),
        orderDate: d("2021-03-15"),
        issueDate,
      });
      expect(r.end).toBe("2022-03-31");
      expect(r.basis).toBe("extend");
      expect(r.findings).toEqual([]);
    }
  });

  test("through the sheet: サポート更新, 新サポート期限 2022-03-31, no PERIOD_FIXED_AT_PROCEDURE", () => {
    const r = evaluateRow(
      { サポート期限: "2021/3/31", 注文日: "2021/3/15", 発行日: "2021/3/16", 手続き日: "2021/3/20" },
      "2021-03-10",
    );
    expect(classes(r)).toEqual(["SUPPORT_RENEWAL"]);
    expect(r.supportEnd).toBe("2022-03-31");
    expect(r.rules).toEqual(["E1"]);
    expect(codes(r)).not.toContain("PERIOD_FIXED_AT_PROCEDURE");
  });

  test("3月末まで → 3月末まで: a month-end period stays at the month end", () => {
    expect(extendPeriod(d("2024-02-29"), 12)).toBe("2025-02-28");
    expect(extendPeriod(d("2023-02-28"), 12)).toBe("2024-02-29");
    expect(extendPeriod(d("2021-04-30"), 12)).toBe("2022-04-30");
    expect(extendPeriod(d("2021-03-15"), 12)).toBe("2022-03-15");
  });
});

describe("seed 003 手順4: サポートが終了している場合 (E2, E10)", () => {
  test("2021年3月5日に再開のお手続き → 2021年3月〜2022年2月の12ヶ月", () => {
    expect(countMonthsFrom(d("2021-03-05"), 12)).toBe("2022-02-28");
    const r = newSupportEnd({ supportEnd: d("2020-12-31"), procedureDate: d("2021-03-05") });
    expect(r.end).toBe("2022-02-28");
    expect(r.basis).toBe("procedure");
    expect(r.findings.map((f) => f.code)).toEqual(["PERIOD_FIXED_AT_PROCEDURE"]);
  });

  test("発行日が2021年1月5日で、2021年3月5日にお手続き → 2021年12月末まで (LATE_REGISTRATION)", () => {
    const r = evaluateRow({ サポート期限: "2020/12/31", 発行日: "2021/1/5", 手続き日: "2021/3/5" }, "2021-01-05");
    expect(classes(r)).toEqual(["SUPPORT_RENEWAL"]);
    expect(r.supportEnd).toBe("2021-12-31");
    expect(codes(r)).toEqual(["LATE_REGISTRATION", "PERIOD_FIXED_AT_PROCEDURE"]);
    expect(r.findings[0]?.params).toEqual({ deadline: "2021-02-04" });
    expect(r.rules).toEqual(["E2", "E10"]);
  });

  test("登録期限日(発行日から30日後)まではお手続きの月が基準", () => {
    const onDeadline = newSupportEnd({ supportEnd: d("2020-12-31"), issueDate: d("2021-01-05"), procedureDate: d("2021-02-04") });
    expect(onDeadline.end).toBe("2022-01-31");
    expect(onDeadline.basis).toBe("procedure");
    const dayAfter = newSupportEnd({ supportEnd: d("2020-12-31"), issueDate: d("2021-01-05"), procedureDate: d("2021-02-05") });
    expect(dayAfter.end).toBe("2021-12-31");
    expect(dayAfter.basis).toBe("issue");
  });

  test("the procedure date defaults to the as-of date, and the order date to the procedure date", () => {
    const r = evaluateRow({ サポート期限: "2020/12/31" }, "2021-03-05");
    expect(r.supportEnd).toBe("2022-02-28");
    expect(codes(r)).toEqual(["PERIOD_FIXED_AT_PROCEDURE"]);
  });

  test("a procedure cannot come before the order: an order after the as-of date moves the default procedure", () => {
    const r = evaluateRow({ サポート期限: "2020/12/31", 注文日: "2021/5/10" }, "2021-03-05");
    expect(r.supportEnd).toBe("2022-04-30");
  });
});

describe("seed 003 手順4: 複数年更新 (E6)", () => {
  test("3 licences for 2 years: 24 months and quantity 3 × 2", () => {
    const r = evaluateRow({ サポート期限: "2021/3/31", 数量: 3, 年数: 2, 型番: "EA-CORP-SR" }, "2021-03-01");
    expect(r.supportEnd).toBe("2023-03-31");
    expect(r.lines).toEqual([
      {
        sku: "EA-CORP-SR",
        product: "Enterprise Architect Corporate サポート更新",
        quantity: 6,
        priceClass: "SUPPORT_RENEWAL",
        item: "sparx:EA",
      },
    ]);
    expect(r.rules).toEqual(["E1", "E6"]);
  });

  test("expired, 2 years from the procedure month", () => {
    const r = evaluateRow({ サポート期限: "2020/12/31", 年数: 2, 手続き日: "2021/3/5" }, "2021-03-05");
    expect(r.supportEnd).toBe("2023-02-28");
  });
});

describe("SUPPORT_END_REQUIRED", () => {
  test("no support end: error, no line, no new support end", () => {
    const r = evaluateRow({ サポート期限: null, 数量: 2 }, "2021-03-05");
    expect(codes(r)).toEqual(["SUPPORT_END_REQUIRED"]);
    expect(r.lines).toEqual([]);
    expect(r.supportEnd).toBeNull();
  });
});

describe("seed 003: a code is issued after its order (the order date defaults to the issue date at the latest)", () => {
  test("support valid when the code was issued, procedure after the end → E1, 12 months added to the end", () => {
    const r = newSupportEnd({
      supportEnd: "2021-01-31" as IsoDate,
      procedureDate: "2021-03-05" as IsoDate,
      issueDate: "2021-01-05" as IsoDate,
    });
    expect([r.end, r.basis]).toEqual(["2022-01-31", "extend"]);
  });
});
