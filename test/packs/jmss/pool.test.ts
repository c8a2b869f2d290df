// J3 (seed 000 §2 (3) *1, §4, §7 example 2): the JMSS base licences held cap MG + SV/AG together.
import { describe, expect, test } from "vitest";
import { at, codes, finding, lines, MG, PREF_SV_AG, run, SV_AG } from "./helpers";

describe("J3 rows share the base licences they leave unused", () => {
  test("a borrowed licence keeps its lender's class; the lender shows only its own lines and says where the rest went", () => {
    const r = run([
      { role: "server", quantity: 3, targetQuantity: 1, maintenance: true },
      { role: "agent", quantity: 1, targetQuantity: 3, maintenance: false },
    ]);
    expect(lines(at(r, 1))).toEqual([
      [PREF_SV_AG, 1, "PREFERENTIAL"],
      [SV_AG, 2, "FREE_VERSION_UP"],
    ]);
    expect(finding(at(r, 1), "POOL_BORROWED")).toMatchObject({ severity: "info", rule: "J3", params: { count: 2, rows: "2" } });
    expect(lines(at(r, 0))).toEqual([[MG, 1, "FREE_VERSION_UP"]]);
    expect(finding(at(r, 0), "POOL_LENT")?.params).toEqual({ count: 2, rows: "3" });
    expect(at(r, 0).rules).toContain("J3");
  });

  test("borrowed licences of the row's own class merge into one line", () => {
    const r = run([
      { role: "server", quantity: 2, targetQuantity: 0, maintenance: true },
      { role: "server", quantity: 1, targetQuantity: 3, maintenance: true },
    ]);
    expect(lines(at(r, 1))).toEqual([[MG, 3, "FREE_VERSION_UP"]]);
    // every licence of row 2 migrates on row 3: row 2 has no line of its own, and says where they went
    expect(lines(at(r, 0))).toEqual([]);
    expect(finding(at(r, 0), "POOL_LENT")?.params).toEqual({ count: 2, rows: "3" });
  });

  test("MG rows borrow before SV/AG rows, whatever their sheet order", () => {
    const r = run([
      { role: "agent", quantity: 2, targetQuantity: 1, maintenance: true },
      { role: "agent", quantity: 1, targetQuantity: 2, maintenance: true },
      { role: "server", quantity: 1, targetQuantity: 2, maintenance: true },
    ]);
    expect(lines(at(r, 2))).toEqual([[MG, 2, "FREE_VERSION_UP"]]);
    expect(lines(at(r, 1))).toEqual([
      [SV_AG, 1, "FREE_VERSION_UP"],
      [SV_AG, 1, "NORMAL"],
    ]);
    expect(finding(at(r, 1), "POOL_EXCEEDED")).toMatchObject({ severity: "warning", rule: "J3", params: { count: 1 } });
  });

  test("lenders are drawn on in sheet order", () => {
    const r = run([
      { role: "agent", quantity: 2, targetQuantity: 1, maintenance: true },
      { role: "agent", quantity: 3, targetQuantity: 1, maintenance: false },
      { role: "server", quantity: 1, targetQuantity: 3, maintenance: false },
    ]);
    expect(lines(at(r, 2))).toEqual([
      [`(JMSSからの移行用)${MG}`, 2, "PREFERENTIAL"],
      [MG, 1, "FREE_VERSION_UP"],
    ]);
    expect(finding(at(r, 2), "POOL_BORROWED")?.params).toEqual({ count: 2, rows: "2, 3" });
    // row 3 lent 1 of its 2 spare licences (shown on row 4); the other is not borrowed and ends
    expect(lines(at(r, 1))).toEqual([
      [PREF_SV_AG, 1, "PREFERENTIAL"],
      ["WebSAM JMSS", 1, "END_OF_USE"],
    ]);
  });

  test("lent licences are counted once, on the row that migrates them: 移行数量 adds up to the licences held", () => {
    // 6 JMSS server licences: row 2 keeps 2 and lends 3 to row 3, which wants 4 with its own 1
    const r = run([
      { role: "server", quantity: 5, targetQuantity: 2, maintenance: true },
      { role: "server", quantity: 1, targetQuantity: 4, maintenance: true },
    ]);
    expect(lines(at(r, 0))).toEqual([[MG, 2, "FREE_VERSION_UP"]]);
    const total = r.flatMap((x) => x.lines).reduce((n, l) => n + l.quantity, 0);
    expect(total).toBe(6);
    expect(lines(at(r, 1))).toEqual([[MG, 4, "FREE_VERSION_UP"]]);
    expect(finding(at(r, 0), "POOL_LENT")?.params).toEqual({ count: 3, rows: "3" });
  });

  test("unused licences that no row borrows are END_OF_USE, under the row's own SKU and product", () => {
    const r = at(
      run([
        { product: "ESMPRO/JMSS Ver7.2", sku: "UL1044-D01", role: "agent", quantity: 5, targetQuantity: 2, maintenance: true },
      ]),
      0,
    );
    expect(r.lines).toEqual([
      { sku: "UL1256-N01-I", product: SV_AG, quantity: 2, priceClass: "FREE_VERSION_UP", item: "jmss:SV/AG" },
      { sku: "UL1044-D01", product: "ESMPRO/JMSS Ver7.2", quantity: 3, priceClass: "END_OF_USE", item: "jmss:JMSS" },
    ]);
    expect(r.rules).toContain("J3");
  });

  test("targetQuantity 0 ends every licence of the row", () => {
    const r = at(run([{ role: "server", quantity: 4, targetQuantity: 0, maintenance: true }]), 0);
    expect(lines(r)).toEqual([["WebSAM JMSS", 4, "END_OF_USE"]]);
    expect(codes(r)).not.toContain("JMSS_STOPS_AFTER_VERSION_UP");
  });

  test("with no spare licence anywhere, the whole excess is NORMAL (§7 example 2: SV/AG 2 at normal price)", () => {
    const r = at(run([{ role: "agent", quantity: 3, targetQuantity: 5 }]), 0);
    expect(lines(r)).toEqual([
      [PREF_SV_AG, 3, "PREFERENTIAL"],
      [SV_AG, 2, "NORMAL"],
    ]);
    expect(finding(r, "POOL_EXCEEDED")?.params).toEqual({ count: 2 });
  });

  test("free and preferential MG + SV/AG never exceed the base licences held", () => {
    const r = run([
      { role: "server", quantity: 2, targetQuantity: 5, maintenance: true },
      { role: "agent", quantity: 4, targetQuantity: 1, maintenance: false },
      { role: "agent", quantity: 3, targetQuantity: 9 },
    ]);
    const benefit = r
      .flatMap((x) => x.lines)
      .filter((l) => l.priceClass === "FREE_VERSION_UP" || l.priceClass === "PREFERENTIAL");
    expect(benefit.reduce((n, l) => n + l.quantity, 0)).toBe(2 + 4 + 3);
    const normal = r.flatMap((x) => x.lines).filter((l) => l.priceClass === "NORMAL");
    expect(normal.reduce((n, l) => n + l.quantity, 0)).toBe(5 + 1 + 9 - (2 + 4 + 3));
  });
});
