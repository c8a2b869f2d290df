// M1–M4 vocabulary: product names → family, edition, version (seed 001: "お持ちのエディションの旧バージョン").
import { describe, expect, test } from "vitest";
import { compareVersions, findVersion, parseProduct } from "../../../src/core/packs/msvl/parse-product";
import { FAMILIES } from "../../../src/core/packs/msvl/families";

const summary = (name: string) => {
  const p = parseProduct(name);
  return p && [p.family.id, p.edition?.id, p.version?.text];
};

describe("product names parse to family, edition and version", () => {
  test.each([
    ["Windows 11 Enterprise", "windows", "enterprise", "11"],
    ["Windows 10 Pro", "windows", "pro", "10"],
    ["Windows 8.1 Pro", "windows", "pro", "8.1"],
    ["Windows 7 Professional", "windows", "pro", "7"],
    ["Windows XP Professional", "windows", "pro", "XP"],
    ["Windows 11 Pro for Workstations", "windows", "pro-workstations", "11"],
    ["Windows 11 Pro Education", "windows", "pro-education", "11"],
    ["Windows 11 Education", "windows", "education", "11"],
    ["Windows 11 Home", "windows", "home", "11"],
    ["Windows 10 Enterprise LTSC 2021", "windows", "enterprise-ltsc", "10 2021"],
    ["Windows 11 Enterprise E3", "windows", "enterprise", "11"],
    ["Windows10 Pro", "windows", "pro", "10"],
    ["Windows Server 2022 Standard", "windows-server", "standard", "2022"],
    ["Windows Server 2008 R2 Datacenter", "windows-server", "datacenter", "2008 R2"],
    ["Windows Server 2022 CAL", "windows-server", undefined, "2022"],
    ["Office LTSC Professional Plus 2024", "office", "professional-plus", "2024"],
    ["Office Professional Plus 2019", "office", "professional-plus", "2019"],
    ["Office Standard 2016", "office", "standard", "2016"],
    ["Project Professional 2021", "project", "professional", "2021"],
    ["Visio LTSC Standard 2021", "visio", "standard", "2021"],
    ["SQL Server 2022 Standard Core 2コア", "sql-server", "standard", "2022"],
    ["Exchange Server 2019 Enterprise", "exchange-server", "enterprise", "2019"],
    ["SharePoint Server 2019 Standard", "sharepoint-server", "standard", "2019"],
  ])("%s → %s / %s / %s", (name, family, edition, version) => {
    expect(summary(name)).toEqual([family, edition, version]);
  });

  test.each([
    ["Microsoft Windows 11 Enterprise", "a leading Microsoft"],
    ["MICROSOFT WINDOWS 11 ENTERPRISE", "upper case"],
    ["Ｍｉｃｒｏｓｏｆｔ　Ｗｉｎｄｏｗｓ　１１　Ｅｎｔｅｒｐｒｉｓｅ", "full width (NFKC)"],
    ["マイクロソフト Windows 11 Enterprise", "マイクロソフト"],
    ["Windows 11 エンタープライズ", "a katakana edition"],
    ["Windows 11 Enterprise アップグレード", "a ja suffix"],
    ["【VL】Windows 11 Enterprise (64bit) 日本語版", "tags and notes"],
    ["Microsoft® Windows® 11 Enterprise", "registered marks"],
  ])("%s parses like Windows 11 Enterprise (%s)", (name) => {
    expect(summary(name)).toEqual(["windows", "enterprise", "11"]);
  });

  test.each([
    ["Office LTSC プロフェッショナル プラス 2024"],
    ["Office LTSC プロフェッショナルプラス 2024"],
    ["Microsoft Office LTSC Professional Plus 2024 日本語版"],
  ])("%s is Office Professional Plus 2024", (name) => {
    expect(summary(name)).toEqual(["office", "professional-plus", "2024"]);
  });

  test.each([
    ["Windows 11 Enterprise アップグレード", true, false],
    ["Windows 11 Pro Upgrade", true, false],
    ["Windows 11 Enterprise", false, false],
    ["Windows 11 Enterprise メディアキット", false, true],
    ["Office Professional Plus 2019 DVD", false, true],
  ])("%s: upgrade %s, media %s", (name, upgrade, media) => {
    const p = parseProduct(name);
    expect([p?.upgrade, p?.media]).toEqual([upgrade, media]);
  });
});

describe("names that are not Microsoft VL products are not claimed", () => {
  test.each([
    ["Microsoft 365 Apps for enterprise", "a subscription"],
    ["Office 365 E3", "a subscription"],
    ["OfficeScan Corp", "another vendor whose name starts with Office"],
    ["Windows Defender", "a family word without edition or version"],
    ["Office", "a family word alone"],
    ["WebSAM JobCenter MG for Windows/Linux R16.2", "Windows later in another vendor's name"],
    ["Enterprise Architect 16.1 Corporate", "Sparx EA"],
    ["ESMPRO/JMSS Ver7.2", "JMSS"],
  ])("%s (%s)", (name) => {
    expect(parseProduct(name)).toBeUndefined();
  });
});

describe("versions are ordered (M1 compares earlier and later)", () => {
  const windows = FAMILIES.find((f) => f.id === "windows");
  const server = FAMILIES.find((f) => f.id === "windows-server");
  const version = (text: string, family = windows) => {
    const v = family && findVersion(text, family);
    if (!v) throw new Error(`no version in ${text}`);
    return v;
  };
  test.each([
    ["xp", "vista"],
    ["vista", "7"],
    ["7", "8"],
    ["8", "8.1"],
    ["8.1", "10"],
    ["10", "11"],
    ["10 ltsc 2019", "10 ltsc 2021"],
    ["10 ltsc 2021", "11 ltsc 2024"],
  ])("Windows %s is earlier than %s", (earlier, later) => {
    expect(compareVersions(version(earlier), version(later))).toBeLessThan(0);
    expect(compareVersions(version(later), version(earlier))).toBeGreaterThan(0);
  });
  test.each([
    ["2008", "2008 r2"],
    ["2008 r2", "2012"],
    ["2012 r2", "2016"],
    ["2019", "2022"],
  ])("Windows Server %s is earlier than %s", (earlier, later) => {
    expect(compareVersions(version(earlier, server), version(later, server))).toBeLessThan(0);
  });
  test("the same version compares equal", () => {
    expect(compareVersions(version("11"), version("11"))).toBe(0);
  });
  test.each([["64bit"], ["e3"], ["24h2"], ["2コア"], ["365"]])("%s is not a version", (text) => {
    expect(windows && findVersion(text, windows)).toBeUndefined();
  });
});
