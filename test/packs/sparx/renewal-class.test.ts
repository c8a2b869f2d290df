// seed 003 手順1: 3年以上経過したライセンスのサポート再開 — judged on the procedure date, not the order date (E3).
import { describe, expect, test } from "vitest";
import type { IsoDate } from "../../../src/core/model";
import { reinstatementFrom, renewalClass } from "../../../src/core/packs/sparx/renewal-class";
import { classes, codes, evaluateRow } from "./sheet";

const d = (s: string): IsoDate => s as IsoDate;

describe("seed 003 手順1: 終了後3年以内かどうか", () => {
  test("support ending 2018-03-31: 3 years have passed from 2021-04-01", () => {
    expect(reinstatementFrom(d("2018-03-31"))).toBe("2021-04-01");
    expect(renewalClass(d("2018-03-31"), d("2021-03-31"))).toBe("SUPPORT_RENEWAL");
    expect(renewalClass(d("2018-03-31"), d("2021-04-01"))).toBe("SUPPORT_REINSTATEMENT");
  });

  test("support valid on the order date is a renewal however late the procedure", () => {
    expect(renewalClass(d("2018-03-31"), d("2021-06-01"), d("2018-03-20"))).toBe("SUPPORT_RENEWAL");
  });

  test("3 years or more → サポート再開(3年経過後) with REINSTATEMENT_3Y, period from the procedure month", () => {
    const r = evaluateRow({ サポート期限: "2017/9/30", 手続き日: "2021/3/5" }, "2021-03-05");
    expect(classes(r)).toEqual(["SUPPORT_REINSTATEMENT"]);
    expect(r.lines[0]?.product).toBe("Enterprise Architect Corporate サポート再開(3年経過後)");
    expect(r.supportEnd).toBe("2022-02-28");
    expect(codes(r)).toEqual(["PERIOD_FIXED_AT_PROCEDURE", "REINSTATEMENT_3Y"]);
    expect(r.rules).toEqual(["E2", "E3", "E10"]);
  });
});

describe("seed 003 手順1: この経過したかどうかの判定日は注文日ではなく … お手続き日", () => {
  test("ordered under 3 years, registered after: reinstatement, REINSTATEMENT_BY_PROCEDURE_DATE", () => {
    const r = evaluateRow({ サポート期限: "2018/3/31", 注文日: "2021/3/20", 手続き日: "2021/4/2" }, "2021-03-20");
    expect(classes(r)).toEqual(["SUPPORT_REINSTATEMENT"]);
    expect(codes(r)).toContain("REINSTATEMENT_3Y");
    expect(codes(r)).toContain("REINSTATEMENT_BY_PROCEDURE_DATE");
    expect(r.findings.find((f) => f.code === "REINSTATEMENT_BY_PROCEDURE_DATE")?.params).toEqual({ from: "2021-04-01" });
  });

  test("ordered and registered under 3 years, but the as-of date has crossed: say so", () => {
    const r = evaluateRow({ サポート期限: "2018/3/31", 注文日: "2021/3/20", 手続き日: "2021/3/25" }, "2021-04-10");
    expect(classes(r)).toEqual(["SUPPORT_RENEWAL"]);
    expect(codes(r)).toContain("REINSTATEMENT_BY_PROCEDURE_DATE");
    expect(codes(r)).not.toContain("REINSTATEMENT_3Y");
  });

  test("procedure date unknown and the 3 years end before delivery + registration can finish: warn", () => {
    const r = evaluateRow({ サポート期限: "2018/3/31", 注文日: "2021/3/1" }, "2021-03-01");
    expect(classes(r)).toEqual(["SUPPORT_RENEWAL"]);
    expect(codes(r)).toContain("REINSTATEMENT_BY_PROCEDURE_DATE");
  });

  test("far from the 3 years: no warning", () => {
    const r = evaluateRow({ サポート期限: "2020/3/31", 注文日: "2021/3/1" }, "2021-03-01");
    expect(codes(r)).toEqual(["PERIOD_FIXED_AT_PROCEDURE"]);
  });

  test("already 3 years on the order date: reinstatement without REINSTATEMENT_BY_PROCEDURE_DATE", () => {
    const r = evaluateRow({ サポート期限: "2017/3/31", 注文日: "2021/3/1" }, "2021-03-01");
    expect(codes(r)).toContain("REINSTATEMENT_3Y");
    expect(codes(r)).not.toContain("REINSTATEMENT_BY_PROCEDURE_DATE");
  });
});

describe("seed 003 手順1: 3 years counted by month, then the day after (leap years)", () => {
  test.each([
    ["2018-03-31", "2021-04-01"],
    ["2020-02-28", "2023-03-01"],
    ["2020-02-29", "2023-03-01"],
  ])("support ending %s has passed 3 years from %s", (end, from) => {
    expect(reinstatementFrom(end as IsoDate)).toBe(from);
    const dayBefore = new Date(Date.parse(from) - 86_400_000).toISOString().slice(0, 10);
    expect(renewalClass(end as IsoDate, dayBefore as IsoDate)).toBe("SUPPORT_RENEWAL");
    expect(renewalClass(end as IsoDate, from as IsoDate)).toBe("SUPPORT_REINSTATEMENT");
  });
});
