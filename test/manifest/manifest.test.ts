// @vitest-environment jsdom
// Offline checks of manifest.xml (SPEC §8, issue 5): what Office needs to sideload the add-in with its task pane and
// the JMSS functions in one shared runtime, and nothing wider than it needs.
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { DEV_ORIGIN } from "../../scripts/addin-url.mjs";
import { Manifest, ROOT, manifestText, pngSize } from "./manifest-xml";

const m = new Manifest(manifestText());
const resources = m.resources();
const resourceUrl = (resid: string | null): string => resources.get(resid ?? "") ?? `(no resource ${resid})`;

describe("identity", () => {
  test("a task pane add-in for Excel workbooks with a fixed GUID", () => {
    expect(m.doc.documentElement.localName).toBe("OfficeApp");
    expect(m.xsiType(m.doc.documentElement)).toBe("TaskPaneApp");
    expect(m.text("Id")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(m.text("Version")).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    const hosts = m.all("Host", m.top("Hosts")).map((h) => h.getAttribute("Name"));
    expect(hosts).toEqual(["Workbook"]);
  });

  test("Japanese by default, English where Office runs in English (en-US, en-GB) and nowhere else", () => {
    expect(m.text("DefaultLocale")).toBe("ja-JP");
    const localized = [m.top("DisplayName"), m.top("Description"), ...m.all("String", m.one("Resources"))].filter(
      (e) => e.getAttribute("id") !== "Functions.Namespace",
    );
    expect(localized.length).toBeGreaterThanOrEqual(5);
    for (const e of localized) {
      const name = e.getAttribute("id") ?? e.localName;
      expect(e.getAttribute("DefaultValue"), name).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      const overrides = m.all("Override", e);
      expect(overrides.map((o) => o.getAttribute("Locale")).sort(), name).toEqual(["en-GB", "en-US"]);
      for (const o of overrides) expect(o.getAttribute("Value"), `${name} ${o.getAttribute("Locale")}`).toMatch(/^[\x20-\x7e]+$/);
      expect(new Set(overrides.map((o) => o.getAttribute("Value"))).size, name).toBe(1);
    }
  });

  test("English text says License, as the pane does", () => {
    for (const o of m.all("Override")) expect(o.getAttribute("Value")).not.toMatch(/licence/i);
  });

  test("the add-in's elements come in the order the TaskPaneApp schema requires", () => {
    // OfficeAppManifestV1_1.xsd, OfficeApp + TaskPaneApp ("How to find the proper order of manifest elements")
    const ORDER = [
      "Id",
      "AlternateId",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "Dictionary",
      "VersionOverrides",
    ];
    const children = [...m.doc.documentElement.children].map((e) => e.localName);
    for (const c of children) expect(ORDER, c).toContain(c);
    expect(children).toEqual([...children].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)));
    expect(new Set(children).size).toBe(children.length);
  });

  test("a support page, shipped with the add-in", () => {
    expect(m.top("SupportUrl").getAttribute("DefaultValue")).toBe(`${DEV_ORIGIN}/support.html`);
  });

  test("permissions no wider than ReadWriteDocument (it writes its own output columns)", () => {
    expect(m.text("Permissions")).toBe("ReadWriteDocument");
  });
});

describe("one shared runtime for the task pane and the functions", () => {
  const runtime = m.one("Runtime");
  const resid = runtime.getAttribute("resid");

  test("requires SharedRuntime 1.1 and keeps the runtime alive (lifetime long)", () => {
    const set = m.all("Set").find((s) => s.getAttribute("Name") === "SharedRuntime");
    expect(set?.getAttribute("MinVersion")).toBe("1.1");
    expect(runtime.getAttribute("lifetime")).toBe("long");
  });

  test("the task pane, the ribbon button, the function file and the functions' page all use that runtime", () => {
    const cf = m.extensionPoint("CustomFunctions");
    expect(m.one("SourceLocation", m.one("Page", cf)).getAttribute("resid")).toBe(resid);
    const button = m.all("Action").find((a) => m.xsiType(a) === "ShowTaskpane");
    expect(button && m.one("SourceLocation", button).getAttribute("resid")).toBe(resid);
    expect(m.one("FunctionFile").getAttribute("resid")).toBe(resid);
    expect(m.one("SourceLocation", m.top("DefaultSettings")).getAttribute("DefaultValue")).toBe(resourceUrl(resid));
    expect(resourceUrl(resid)).toBe(`${DEV_ORIGIN}/taskpane.html`);
  });

  test("custom functions: namespace JMSS, the script and the generated metadata", () => {
    const cf = m.extensionPoint("CustomFunctions");
    expect(resourceUrl(m.one("Namespace", cf).getAttribute("resid"))).toBe("JMSS");
    expect(resourceUrl(m.one("SourceLocation", m.one("Script", cf)).getAttribute("resid"))).toBe(`${DEV_ORIGIN}/functions.js`);
    expect(resourceUrl(m.one("SourceLocation", m.one("Metadata", cf)).getAttribute("resid"))).toBe(
      `${DEV_ORIGIN}/functions.json`,
    );
  });

  test("a ribbon button on the Home tab opens the task pane", () => {
    const surface = m.extensionPoint("PrimaryCommandSurface");
    expect(m.one("OfficeTab", surface).getAttribute("id")).toBe("TabHome");
    expect(m.all("Control", surface).map((c) => m.xsiType(c))).toEqual(["Button"]);
  });
});

describe("resources and URLs", () => {
  test("every resid names a resource and fits Office's 32-character limit", () => {
    for (const { element, resid } of m.resids()) {
      expect(resources.has(resid), `<${element} resid="${resid}">`).toBe(true);
      expect(resid.length, resid).toBeLessThanOrEqual(32);
    }
  });

  test("every URL is https on the one dev-server origin", () => {
    const urls = m.urls();
    expect(urls.length).toBeGreaterThanOrEqual(8);
    for (const u of urls) expect(new URL(u).origin, u).toBe(DEV_ORIGIN);
  });

  test("every icon URL names a committed PNG of the declared size", () => {
    const images = m.all("Image", m.one("Resources"));
    expect(images.length).toBeGreaterThanOrEqual(3);
    const declared = [
      ...m.all("Image").filter((i) => i.hasAttribute("size")),
      ...[m.top("IconUrl"), m.top("HighResolutionIconUrl")],
    ];
    for (const img of declared) {
      const url = img.hasAttribute("resid") ? resourceUrl(img.getAttribute("resid")) : (img.getAttribute("DefaultValue") ?? "");
      const file = path.join(ROOT, new URL(url).pathname);
      expect(existsSync(file), url).toBe(true);
      const size = pngSize(file);
      const want = Number(img.getAttribute("size") ?? /icon-(\d+)\.png$/.exec(url)?.[1]);
      expect(size, url).toEqual({ width: want, height: want });
    }
  });

  test("short strings fit 125 characters and long strings 250", () => {
    for (const [group, max] of [
      ["ShortStrings", 125],
      ["LongStrings", 250],
    ] as const) {
      for (const s of m.all("String", m.one(group))) {
        for (const v of [s.getAttribute("DefaultValue"), ...m.all("Override", s).map((o) => o.getAttribute("Value"))]) {
          expect((v ?? "").length, `${s.getAttribute("id")}: ${v}`).toBeLessThanOrEqual(max);
        }
      }
    }
  });
});
