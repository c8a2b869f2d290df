// seed 000 §2 (2), §3, §5, §6 Q4/Q6/Q7, intro: options (J5) and what a person must know (J9, J11-J14).
import { describe, expect, test } from "vitest";
import { VERSION_UP_TARGETS, versionUpApplicationText } from "../../../src/core/packs/jmss/catalog";
import { at, codes, finding, lines, run } from "./helpers";

describe("J5 option products have no migration target", () => {
  test.each([
    "JMSSクラスタ連携オプション",
    "WebSAM JMSS ジョブ連携オプション",
    "JMSS 開発キットJAPI",
    "JMSSユーティリティ",
    "JMSS EventManager",
    "WebSAM JMSS 拡張オプション",
  ])("%s → END_OF_USE with OPTION_NO_TARGET", (product) => {
    const r = at(run([{ product, quantity: 2, role: "server", sku: "UL1044-X01" }]), 0);
    expect(r.lines).toEqual([{ sku: "UL1044-X01", product, quantity: 2, priceClass: "END_OF_USE", item: "jmss:JMSS" }]);
    expect(finding(r, "OPTION_NO_TARGET")).toMatchObject({ severity: "info", rule: "J5" });
    expect(r.rules).toEqual(["J5", "J14"]);
  });
});

describe("J9 at least one JobCenter MG is required (Q4)", () => {
  test("SV/AG without MG in the plan warns NO_MG on the SV/AG rows", () => {
    const r = run([
      { role: "agent", quantity: 3 },
      { role: "agent", quantity: 10, targetLicense: "processor" },
      { product: "JMSSクライアント", quantity: 2 },
    ]);
    expect(finding(at(r, 0), "NO_MG")).toMatchObject({ severity: "warning", rule: "J9" });
    expect(codes(at(r, 1))).toContain("NO_MG");
    expect(codes(at(r, 2))).not.toContain("NO_MG");
  });

  test("one MG anywhere in the plan is enough", () => {
    const r = run([
      { role: "agent", quantity: 3 },
      { role: "agent", target: "MG" },
    ]);
    expect(codes(at(r, 0))).not.toContain("NO_MG");
  });

  test("an SV/AG row whose licences all end is not part of the plan", () => {
    const r = run([{ role: "agent", quantity: 3, targetQuantity: 0 }]);
    expect(codes(at(r, 0))).not.toContain("NO_MG");
  });
});

describe("J11 maintenance does not carry over (§5, Q6)", () => {
  test("with-maintenance rows warn MAINTENANCE_NOT_TRANSFERRED; licence-free clients do not", () => {
    const r = run([
      { role: "server", maintenance: true },
      { role: "agent", maintenance: false },
      { product: "JMSSクライアント", role: "client", maintenance: true },
      { product: "JMSSクラスタ連携オプション", maintenance: true },
    ]);
    expect(finding(at(r, 0), "MAINTENANCE_NOT_TRANSFERRED")).toMatchObject({ severity: "warning", rule: "J11" });
    expect(codes(at(r, 1))).not.toContain("MAINTENANCE_NOT_TRANSFERRED");
    expect(codes(at(r, 2))).not.toContain("MAINTENANCE_NOT_TRANSFERRED");
    expect(codes(at(r, 3))).toContain("MAINTENANCE_NOT_TRANSFERRED");
  });
});

describe("J12 JMSS may not be used after the version-up (Q7)", () => {
  test("rows with a free version-up line get JMSS_STOPS_AFTER_VERSION_UP, including borrowed free licences", () => {
    const r = run([
      { role: "server", quantity: 2, targetQuantity: 1, maintenance: true },
      { role: "agent", quantity: 1, targetQuantity: 2, maintenance: false },
      { role: "agent", maintenance: false },
    ]);
    expect(finding(at(r, 0), "JMSS_STOPS_AFTER_VERSION_UP")).toMatchObject({ severity: "info", rule: "J12" });
    expect(codes(at(r, 1))).toContain("JMSS_STOPS_AFTER_VERSION_UP");
    expect(codes(at(r, 2))).not.toContain("JMSS_STOPS_AFTER_VERSION_UP");
  });
});

describe("J13 one version-up application per target SKU (§3)", () => {
  test("the 連絡欄 text names the SKU and product", () => {
    expect(versionUpApplicationText("UL1256-N00-I", "WebSAM JobCenter MG for Windows/Linux R16.2")).toBe(
      "JMSSの販売終了に伴うJobCenterへのライセンス移行の申請\nUL1256-N00-I WebSAM JobCenter MG for Windows/Linux R16.2 の提供希望",
    );
  });

  test("MG and SV/AG are separate applications", () => {
    expect(VERSION_UP_TARGETS.map((t) => [t.sku, t.product])).toEqual([
      ["UL1256-N00-I", "WebSAM JobCenter MG for Windows/Linux R16.2"],
      ["UL1256-N01-I", "WebSAM JobCenter SV/AG for Windows/Linux R16.2"],
    ]);
  });
});

describe("J14 JMSS support ended in December 2025", () => {
  test.each([
    ["2025-12-31", "info"],
    ["2026-01-01", "warning"],
  ])("as of %s JMSS_EOS is %s, on every claimed row", (asOf, severity) => {
    const r = run(
      [{ role: "server" }, { product: "JMSSクライアント" }, { product: "JMSS EventManager" }, { product: "JMSS ??" }],
      asOf,
    );
    for (const row of r) expect(finding(row, "JMSS_EOS")).toMatchObject({ severity, rule: "J14" });
    expect(lines(at(r, 0))).toHaveLength(1);
  });
});
