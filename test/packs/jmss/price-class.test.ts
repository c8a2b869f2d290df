// seed 000 §2 (1), §6 Q1/Q8: the price class of a base row's own licences — first hit wins (J10, J6, J2).
import { describe, expect, test } from "vitest";
import { at, codes, finding, lines, MG, PREF_MG, PREF_SV_AG, run, SV_AG } from "./helpers";

describe("J2 maintenance decides free version-up or preferential price", () => {
  test("with maintenance → FREE_VERSION_UP; without → PREFERENTIAL (migration-only product, no SKU)", () => {
    const r = run([
      { role: "server", maintenance: true },
      { role: "server", maintenance: false },
    ]);
    expect(at(r, 0).lines[0]).toMatchObject({ sku: "UL1256-N00-I", priceClass: "FREE_VERSION_UP" });
    expect(at(r, 1).lines[0]).toMatchObject({ sku: "", product: PREF_MG, priceClass: "PREFERENTIAL" });
    expect(codes(at(r, 1))).not.toContain("MAINTENANCE_UNKNOWN");
  });

  test("unknown maintenance → PREFERENTIAL with warning MAINTENANCE_UNKNOWN (quote the price, do not assume free)", () => {
    const r = at(run([{ role: "agent", quantity: 4 }]), 0);
    expect(lines(r)).toEqual([[PREF_SV_AG, 4, "PREFERENTIAL"]]);
    expect(finding(r, "MAINTENANCE_UNKNOWN")).toMatchObject({ severity: "warning", rule: "J2" });
  });
});

describe("J6 the benefit applies once, at the first migration (Q1)", () => {
  test("migrated → NORMAL with ONE_TIME_USED, even with maintenance", () => {
    const r = at(run([{ role: "server", quantity: 2, maintenance: true, migrated: true }]), 0);
    expect(r.lines).toEqual([{ sku: "UL1256-N00-I", product: MG, quantity: 2, priceClass: "NORMAL", item: "jmss:MG" }]);
    expect(finding(r, "ONE_TIME_USED")).toMatchObject({ severity: "warning", rule: "J6" });
    expect(r.rules).toEqual(expect.arrayContaining(["J1", "J6"]));
  });

  test("a migrated row's unused licences are not lent to the pool", () => {
    const r = run([
      { role: "server", quantity: 3, targetQuantity: 1, maintenance: true, migrated: true },
      { role: "agent", quantity: 1, targetQuantity: 3, maintenance: true },
    ]);
    expect(lines(at(r, 0))).toEqual([
      [MG, 1, "NORMAL"],
      ["WebSAM JMSS", 2, "END_OF_USE"],
    ]);
    expect(lines(at(r, 1))).toEqual([
      [SV_AG, 1, "FREE_VERSION_UP"],
      [SV_AG, 2, "NORMAL"],
    ]);
    expect(finding(at(r, 1), "POOL_EXCEEDED")?.params).toEqual({ count: 2 });
  });
});

describe("J10 monthly licences are not eligible (Q8)", () => {
  test("monthly → NORMAL with MONTHLY_NOT_ELIGIBLE, before maintenance and before migrated", () => {
    const r = at(run([{ role: "agent", quantity: 3, licenseType: "monthly", maintenance: true, migrated: true }]), 0);
    expect(lines(r)).toEqual([[SV_AG, 3, "NORMAL"]]);
    expect(codes(r)).toContain("MONTHLY_NOT_ELIGIBLE");
    expect(codes(r)).not.toContain("ONE_TIME_USED");
  });
});
