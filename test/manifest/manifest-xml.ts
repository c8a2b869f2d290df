// Reading manifest.xml offline with the DOM's XML parser (tests using this run with `@vitest-environment jsdom`):
// elements by local name, resources by id, every URL.
import { readFileSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");
export const manifestText = (): string => readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

const XSI = "http://www.w3.org/2001/XMLSchema-instance";

export class Manifest {
  readonly doc: Document;

  constructor(xml: string) {
    this.doc = new DOMParser().parseFromString(xml, "application/xml");
    const error = this.doc.getElementsByTagName("parsererror")[0];
    if (error) throw new Error(`manifest.xml is not well-formed XML: ${error.textContent ?? ""}`);
  }

  /** Elements by local name, in document order (namespace prefixes ignored). */
  all(localName: string, within: Element | Document = this.doc): Element[] {
    return [...within.getElementsByTagNameNS("*", localName)];
  }

  one(localName: string, within: Element | Document = this.doc): Element {
    const found = this.all(localName, within);
    if (found.length !== 1) throw new Error(`expected one <${localName}>, found ${found.length}`);
    return found[0] as Element;
  }

  /** A direct child of <OfficeApp> (the add-in's identity, not the same-named elements inside VersionOverrides). */
  top(localName: string): Element {
    const found = [...this.doc.documentElement.children].filter((e) => e.localName === localName);
    if (found.length !== 1) throw new Error(`expected one <${localName}> under <OfficeApp>, found ${found.length}`);
    return found[0] as Element;
  }

  text(localName: string): string {
    return (this.top(localName).textContent ?? "").trim();
  }

  xsiType(e: Element): string | null {
    return e.getAttributeNS(XSI, "type");
  }

  /** The extension point of a given xsi:type. */
  extensionPoint(type: string): Element {
    const found = this.all("ExtensionPoint").filter((e) => this.xsiType(e) === type);
    if (found.length !== 1) throw new Error(`expected one ExtensionPoint ${type}, found ${found.length}`);
    return found[0] as Element;
  }

  /** Resources (bt:Image, bt:Url, bt:String) by id → their DefaultValue. */
  resources(): Map<string, string> {
    const res = this.one("Resources");
    const entries = ["Image", "Url", "String"].flatMap((n) => this.all(n, res)).filter((e) => e.hasAttribute("id"));
    return new Map(entries.map((e) => [e.getAttribute("id") as string, e.getAttribute("DefaultValue") ?? ""]));
  }

  /** Every resid attribute in the manifest, with the element holding it. */
  resids(): { element: string; resid: string }[] {
    return [...this.doc.getElementsByTagName("*")].flatMap((e) =>
      e.hasAttribute("resid") ? [{ element: e.localName, resid: e.getAttribute("resid") as string }] : [],
    );
  }

  /** Every URL Office would load or show: URL-valued attributes and element texts (namespace URIs are not URLs). */
  urls(): string[] {
    const out: string[] = [];
    for (const e of this.doc.getElementsByTagName("*")) {
      for (const a of e.attributes)
        if (!a.name.startsWith("xmlns") && /^[a-z][a-z0-9+.-]*:\/\//i.test(a.value)) out.push(a.value);
      const own = [...e.childNodes]
        .filter((n) => n.nodeType === 3)
        .map((n) => (n.textContent ?? "").trim())
        .join("");
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(own)) out.push(own);
    }
    return out;
  }
}

/** Width and height of a PNG file (from its IHDR chunk), or undefined when it is not a PNG. */
export function pngSize(file: string): { width: number; height: number } | undefined {
  const b = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!b.subarray(0, 8).equals(signature) || b.toString("ascii", 12, 16) !== "IHDR") return undefined;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}
