// Which rows the EA pack decides: Enterprise Architect in any edition, conservatively (SPEC §5).
import { describe, expect, test } from "vitest";
import { PACKS } from "../../../src/core/packs";
import { editionOf, isEnterpriseArchitect } from "../../../src/core/packs/sparx/product-name";
import { sparxPack } from "../../../src/core/packs/sparx/pack";

describe("SPEC §5: rows whose product names Enterprise Architect (any edition)", () => {
  test.each([
    "Enterprise Architect Corporate",
    "ENTERPRISE ARCHITECT 16.1 Professional",
    "ｅｎｔｅｒｐｒｉｓｅ ａｒｃｈｉｔｅｃｔ ユニファイド版",
    "EnterpriseArchitect Ultimate",
    "エンタープライズ・アーキテクト コーポレート版",
    "EA Corporate フローティング",
    "EA 16 Professional",
    "Sparx EA 16.1",
    "Sparx Systems EA",
  ])("%s → claimed", (product) => {
    expect(isEnterpriseArchitect(product)).toBe(true);
  });

  test.each([
    "EA",
    "EA 保守",
    "IDEA Professional",
    "ESMPRO/JMSS EnterpriseEdition Ver7.2",
    "Windows 11 Enterprise",
    "Office LTSC Professional Plus",
  ])("%s → not claimed", (product) => {
    expect(isEnterpriseArchitect(product)).toBe(false);
  });

  test("editions are read in English or katakana", () => {
    expect(editionOf("Enterprise Architect コーポレート版")).toBe("Corporate");
    expect(editionOf("EA Professional")).toBe("Professional");
    expect(editionOf("Enterprise Architect")).toBe("");
  });

  test("registered after the JMSS pack", () => {
    const ids = PACKS.map((p) => p.id);
    expect(ids).toContain(sparxPack.id);
    expect(ids.indexOf("sparx")).toBeGreaterThan(ids.indexOf("jmss"));
  });
});

describe("line products", () => {
  test("an upgrade names both editions in the order written", () => {
    expect(editionOf("Enterprise Architect Professional → Corporate")).toBe("Professional→Corporate");
  });
});
