// J4 (seed 000 §2 (2), §4, §7 example 1, §8): JMSS clients → CL/Win, bundled CL/Win deducted, exact packing.
import { describe, expect, test } from "vitest";
import { clWinText, packClWin } from "../../../src/core/packs/jmss/clwin";
import { at, codes, finding, lines, PREF_CL1, PREF_CL5, run } from "./helpers";

const CLIENT = { product: "JMSSクライアント", role: "client" } as const;

describe("J4 packClWin: as many 5-License products as fit, the rest 1-License", () => {
  test.each([
    [0, 0, 0],
    [1, 0, 1],
    [5, 1, 0],
    [6, 1, 1],
    [7, 1, 2],
    [14, 2, 4],
  ])("need %i → 5×%i + 1×%i", (need, five, one) => {
    expect(packClWin(need)).toEqual({ five, one, extra: 0 });
  });

  test("a 5-pack cheaper than three singles buys one 5-pack for 4 clients (1 extra)", () => {
    expect(packClWin(4, { one: 10_000, five: 25_000 })).toEqual({ five: 1, one: 0, extra: 1 });
    expect(packClWin(9, { one: 10_000, five: 25_000 })).toEqual({ five: 2, one: 0, extra: 1 });
  });

  test("a tie keeps the exact packing", () => {
    expect(packClWin(4, { one: 10_000, five: 40_000 })).toEqual({ five: 0, one: 4, extra: 0 });
  });

  test("a 5-pack dearer than five singles buys singles only", () => {
    expect(packClWin(7, { one: 10_000, five: 60_000 })).toEqual({ five: 0, one: 7, extra: 0 });
  });

  test("one price alone does not change the packing", () => {
    expect(packClWin(4, { five: 1 })).toEqual({ five: 0, one: 4, extra: 0 });
  });

  test("a need that is not a non-negative integer is a caller's bug", () => {
    expect(() => packClWin(-1)).toThrow(RangeError);
    expect(() => packClWin(2.5)).toThrow(RangeError);
  });

  test("the breakdown reads 5×1, 1×2", () => {
    expect(clWinText(packClWin(7))).toBe("5×1, 1×2");
    expect(clWinText(packClWin(0))).toBe("0");
  });
});

describe("J4 JMSS clients → CL/Win at the preferential price", () => {
  test("as many as needed after migration (targetQuantity), whatever the maintenance", () => {
    const r = at(run([{ ...CLIENT, quantity: 3, targetQuantity: 12, maintenance: false }]), 0);
    expect(lines(r)).toEqual([
      [PREF_CL5, 2, "PREFERENTIAL"],
      [PREF_CL1, 2, "PREFERENTIAL"],
    ]);
    expect(codes(r)).not.toContain("MAINTENANCE_UNKNOWN");
    expect(codes(r)).not.toContain("CLWIN_BUNDLED");
    expect(r.rules).toContain("J4");
  });

  test("the CL/Win bundled with each MG in the plan comes off client rows in sheet order", () => {
    const r = run([
      { role: "server", quantity: 2, maintenance: true },
      { ...CLIENT, quantity: 1 },
      { ...CLIENT, quantity: 4 },
    ]);
    expect(lines(at(r, 1))).toEqual([["WebSAM JobCenter CL/Win (JobCenter MG付属)", 1, "NO_CHANGE"]]);
    expect(finding(at(r, 1), "CLWIN_BUNDLED")).toMatchObject({ severity: "info", rule: "J4", params: { count: 1 } });
    expect(lines(at(r, 2))).toEqual([[PREF_CL1, 3, "PREFERENTIAL"]]);
    expect(finding(at(r, 2), "CLWIN_BUNDLED")?.params).toEqual({ count: 1 });
  });

  test("MG bought at normal price or borrowed from the pool bundles CL/Win too; SV/AG does not", () => {
    const r = run([
      { role: "server", quantity: 1, targetQuantity: 3, maintenance: true },
      { role: "agent", quantity: 5 },
      { ...CLIENT, quantity: 10 },
    ]);
    expect(finding(at(r, 2), "CLWIN_BUNDLED")?.params).toEqual({ count: 3 });
    expect(lines(at(r, 2))).toEqual([
      [PREF_CL5, 1, "PREFERENTIAL"],
      [PREF_CL1, 2, "PREFERENTIAL"],
    ]);
  });

  test("an MG row that cannot be decided bundles nothing", () => {
    const r = run([
      { role: "server", targetLicense: "processor" },
      { ...CLIENT, quantity: 5 },
    ]);
    expect(lines(at(r, 1))).toEqual([[PREF_CL5, 1, "PREFERENTIAL"]]);
  });

  test("migrated clients buy at NORMAL (J6)", () => {
    const r = at(run([{ ...CLIENT, quantity: 6, migrated: true }]), 0);
    expect(lines(r)).toEqual([
      ["WebSAM JobCenter CL/Win(5 Licenses) R16.2", 1, "NORMAL"],
      ["WebSAM JobCenter CL/Win(1 License) R16.2", 1, "NORMAL"],
    ]);
    expect(codes(r)).toContain("ONE_TIME_USED");
  });

  test("a client recognised by its name, without a role", () => {
    const r = at(run([{ product: "WebSAM JMSS クライアント", quantity: 2 }]), 0);
    expect(lines(r)).toEqual([[PREF_CL1, 2, "PREFERENTIAL"]]);
  });

  test("no client wanted after migration: the JMSS client ends", () => {
    const r = at(run([{ ...CLIENT, quantity: 3, targetQuantity: 0 }]), 0);
    expect(lines(r)).toEqual([["JMSSクライアント", 3, "END_OF_USE"]]);
  });

  test("clients only go to CL/Win: another target is INVALID_VALUE", () => {
    const r = at(run([{ ...CLIENT, target: "MG" }]), 0);
    expect(r.lines).toEqual([]);
    expect(finding(r, "INVALID_VALUE")?.params).toEqual({ column: "target", value: "MG" });
  });
});
