// seed 000 §2 (1), §3, §6 Q2/Q3, §7: base licences (JMSSサーバ, 稼働マシン) → JobCenter MG or SV/AG (J1, J7, J8, J15).
import { describe, expect, test } from "vitest";
import { at, codes, finding, lines, MG, PREF_MG, PREF_SV_AG, run, SV_AG } from "./helpers";

describe("J1 a base licence migrates one for one to MG or SV/AG", () => {
  test("JMSSサーバ → MG (UL1256-N00-I), 稼働マシン → SV/AG (UL1256-N01-I)", () => {
    const [server, agent] = run([
      { role: "server", quantity: 2, maintenance: true },
      { role: "agent", quantity: 5, maintenance: true },
    ]);
    expect(server?.lines).toEqual([
      { sku: "UL1256-N00-I", product: MG, quantity: 2, priceClass: "FREE_VERSION_UP", item: "jmss:MG" },
    ]);
    expect(agent?.lines).toEqual([
      { sku: "UL1256-N01-I", product: SV_AG, quantity: 5, priceClass: "FREE_VERSION_UP", item: "jmss:SV/AG" },
    ]);
    expect(server?.rules).toContain("J1");
  });

  test("the target column overrides the role's default (Q3: 3 servers → MG 1 + SV/AG 2)", () => {
    const r = run([
      { role: "server", quantity: 1, maintenance: false },
      { role: "server", quantity: 2, maintenance: false, target: "SV/AG" },
    ]);
    expect(lines(at(r, 0))).toEqual([[PREF_MG, 1, "PREFERENTIAL"]]);
    expect(lines(at(r, 1))).toEqual([[PREF_SV_AG, 2, "PREFERENTIAL"]]);
  });

  test("the role can come from the name, as in §7: WebSAM JMSS (JMSSサーバ用) / (稼働マシン用)", () => {
    const r = run([
      { product: "WebSAM JMSS (JMSSサーバ用)", maintenance: true },
      { product: "ＷｅｂＳＡＭ ＪＭＳＳ（稼働マシン用）", maintenance: true },
    ]);
    expect(lines(at(r, 0))).toEqual([[MG, 1, "FREE_VERSION_UP"]]);
    expect(lines(at(r, 1))).toEqual([[SV_AG, 1, "FREE_VERSION_UP"]]);
  });

  test.each([
    "WebSAM JMSS",
    "ESMPRO/JMSS",
    "ESMPRO/JMSS EnterpriseEdition",
    "UL1044-D01 ESMPRO/JMSS Ver7.2",
    "ESMPRO/JMSS Enterprise Edition Ver7.1 for Windows",
    "websam jmss",
  ])("%s is a base product (§3: VerUp元の製品名)", (product) => {
    const r = at(run([{ product, role: "agent", maintenance: true }]), 0);
    expect(lines(r)).toEqual([[SV_AG, 1, "FREE_VERSION_UP"]]);
  });

  test("without role or target the row cannot be decided: ROLE_REQUIRED, no lines", () => {
    const r = at(run([{ product: "WebSAM JMSS", quantity: 3, maintenance: true }]), 0);
    expect(r.lines).toEqual([]);
    expect(finding(r, "ROLE_REQUIRED")?.severity).toBe("error");
  });

  test("a target alone is enough to decide a row without role", () => {
    const r = at(run([{ target: "SV/AG", maintenance: false }]), 0);
    expect(lines(r)).toEqual([[PREF_SV_AG, 1, "PREFERENTIAL"]]);
    expect(codes(r)).not.toContain("NO_CHANGE_AFTER_MIGRATION");
  });

  test("a base licence cannot go to CL/Win: INVALID_VALUE on the target column", () => {
    const r = at(run([{ role: "server", target: "CL/Win" }]), 0);
    expect(r.lines).toEqual([]);
    expect(finding(r, "INVALID_VALUE")?.params).toEqual({ column: "target", value: "CL/Win" });
  });
});

describe("J7 there is no migration to a processor licence (Q2, §7 example 4)", () => {
  test("SV/AG processor → processor licence at NORMAL, the JMSS licences it replaces END_OF_USE", () => {
    const r = at(
      run([{ role: "agent", quantity: 6, targetLicense: "processor", targetQuantity: 2, maintenance: true, sku: "UL1044-D01" }]),
      0,
    );
    expect(r.lines).toEqual([
      {
        sku: "",
        product: "WebSAM JobCenter SV/AG プロセッサライセンス",
        quantity: 2,
        priceClass: "NORMAL",
        item: "jmss:SV/AG processor",
      },
      { sku: "UL1044-D01", product: "WebSAM JMSS", quantity: 6, priceClass: "END_OF_USE", item: "jmss:JMSS" },
    ]);
    expect(finding(r, "PROCESSOR_NOT_ELIGIBLE")).toMatchObject({ severity: "warning", rule: "J7" });
  });

  test("without targetQuantity one processor licence is quoted (cores, not machines)", () => {
    const r = at(run([{ role: "agent", quantity: 20, targetLicense: "processor" }]), 0);
    expect(lines(r)[0]).toEqual(["WebSAM JobCenter SV/AG プロセッサライセンス", 1, "NORMAL"]);
    expect(codes(r)).not.toContain("MAINTENANCE_UNKNOWN");
  });

  test("the replaced licences are not lent to rows wanting more", () => {
    const r = run([
      { role: "agent", quantity: 10, targetLicense: "processor", targetQuantity: 1 },
      { role: "server", quantity: 1, targetQuantity: 2, maintenance: true },
    ]);
    expect(lines(at(r, 1))).toEqual([
      [MG, 1, "FREE_VERSION_UP"],
      [MG, 1, "NORMAL"],
    ]);
  });

  test("MG has no processor licence in the seed: INVALID_VALUE on targetLicense", () => {
    const r = at(run([{ role: "server", targetLicense: "processor" }]), 0);
    expect(r.lines).toEqual([]);
    expect(finding(r, "INVALID_VALUE")?.params).toEqual({ column: "targetLicense", value: "processor" });
  });
});

describe("J8 the MG / SV/AG choice cannot be changed after migration (Q3)", () => {
  test("a target that differs from the role's default warns NO_CHANGE_AFTER_MIGRATION", () => {
    const r = run([
      { role: "server", target: "SV/AG" },
      { role: "agent", target: "MG" },
      { role: "agent", target: "SV/AG" },
    ]);
    expect(finding(at(r, 0), "NO_CHANGE_AFTER_MIGRATION")).toMatchObject({ severity: "warning", rule: "J8" });
    expect(codes(at(r, 1))).toContain("NO_CHANGE_AFTER_MIGRATION");
    expect(codes(at(r, 2))).not.toContain("NO_CHANGE_AFTER_MIGRATION");
  });
});

describe("J1 base product names as inventories and the seed write them", () => {
  test.each([
    ["WebSAM JMSS 1本 (JMSSサーバ用)", MG],
    ["WebSAM JMSS 3本 (稼働マシン用)", SV_AG],
    ["ESMPRO/JMSS Ver7.2 JMSSサーバ", MG],
    ["ESMPRO/JMSS Ver7.2 エージェント", SV_AG],
    ["ESMPRO/JMSS Ver7.2 Windows版", SV_AG],
    ["WebSAM JMSS Ver8 基本ライセンス", SV_AG],
  ])("%s is a base product (seed 000 §7 wording)", (product, target) => {
    const r = at(run([{ product, role: target === MG ? "server" : "agent", maintenance: true }]), 0);
    expect(codes(r)).not.toContain("UNKNOWN_PRODUCT");
    expect(lines(r)).toEqual([[target, 1, "FREE_VERSION_UP"]]);
  });
});

describe("J15 a row that looks like JMSS but matches no catalog entry", () => {
  test.each(["JMSS Lite", "WebSAM JMSS Pro Server Kit", "JMSS移行ツール"])("%s → UNKNOWN_PRODUCT, no lines", (product) => {
    const r = at(run([{ product, role: "server" }]), 0);
    expect(r.lines).toEqual([]);
    expect(finding(r, "UNKNOWN_PRODUCT")).toMatchObject({ severity: "error", rule: "J15" });
  });

  test("a product without JMSS in its name is not the pack's", () => {
    const r = at(run([{ product: "WebSAM JobCenter MG", role: "server" }]), 0);
    expect(codes(r)).toEqual(["NOT_COVERED"]);
  });
});
