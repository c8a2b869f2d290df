// Workbook packages built part by part, as other writers (the .NET Open XML SDK, Strict OOXML, generators) write
// them: the namespace prefix, the namespaces themselves and the parts around the sheet are choices of the test.
import { writeFileSync } from "node:fs";
import JSZip from "jszip";

export const TRANSITIONAL = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
};
export const STRICT = {
  main: "http://purl.oclc.org/ooxml/spreadsheetml/main",
  rel: "http://purl.oclc.org/ooxml/officeDocument/relationships",
};
const PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";
export const DECL = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

export interface PackageOptions {
  /** The SpreadsheetML prefix ("" = the default namespace; "x" as the Open XML SDK writes it). */
  readonly prefix?: string;
  readonly ns?: typeof TRANSITIONAL;
  /** The sheet's <row> elements (written with the same prefix), and what follows <sheetData> in the sheet. */
  readonly rows: string;
  readonly afterSheetData?: string;
  /** Texts of the shared strings (a part is written when given). */
  readonly strings?: readonly string[];
  /** Comment(s) or other markup put at the start of workbook.xml's root. */
  readonly workbookExtra?: string;
  /** More parts, their relationships from the sheet, and their content types (part name → type). */
  readonly parts?: Readonly<Record<string, string | Buffer>>;
  readonly sheetRels?: string;
  readonly overrides?: Readonly<Record<string, string>>;
  readonly contentTypes?: boolean;
}

/** The parts of a one-sheet workbook (sheet 在庫) with the given rows. */
export function packageParts(o: PackageOptions): Map<string, string | Buffer> {
  const p = o.prefix ?? "";
  const q = (local: string) => (p === "" ? local : `${p}:${local}`);
  const ns = o.ns ?? TRANSITIONAL;
  const xmlns = p === "" ? `xmlns="${ns.main}"` : `xmlns:${p}="${ns.main}"`;
  const parts = new Map<string, string | Buffer>();
  const overrides: Record<string, string> = {
    "/xl/workbook.xml": `${CT}.sheet.main+xml`,
    "/xl/worksheets/sheet1.xml": `${CT}.worksheet+xml`,
    "/xl/styles.xml": `${CT}.styles+xml`,
    ...(o.strings ? { "/xl/sharedStrings.xml": `${CT}.sharedStrings+xml` } : {}),
    ...o.overrides,
  };
  if (o.contentTypes !== false)
    parts.set(
      "[Content_Types].xml",
      `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${Object.entries(
        overrides,
      )
        .map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`)
        .join("")}</Types>`,
    );
  parts.set(
    "_rels/.rels",
    `${DECL}<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${ns.rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  parts.set(
    "xl/workbook.xml",
    `${DECL}<${q("workbook")} ${xmlns} xmlns:r="${ns.rel}">${o.workbookExtra ?? ""}<${q("sheets")}><${q("sheet")} name="在庫" sheetId="1" r:id="rId1"/></${q("sheets")}></${q("workbook")}>`,
  );
  parts.set(
    "xl/_rels/workbook.xml.rels",
    `${DECL}<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${ns.rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${ns.rel}/styles" Target="styles.xml"/>${o.strings ? `<Relationship Id="rId3" Type="${ns.rel}/sharedStrings" Target="sharedStrings.xml"/>` : ""}</Relationships>`,
  );
  parts.set(
    "xl/styles.xml",
    `${DECL}<${q("styleSheet")} ${xmlns}><${q("fonts")} count="1"><${q("font")}><${q("sz")} val="11"/><${q("name")} val="Calibri"/></${q("font")}></${q("fonts")}><${q("fills")} count="2"><${q("fill")}><${q("patternFill")} patternType="none"/></${q("fill")}><${q("fill")}><${q("patternFill")} patternType="gray125"/></${q("fill")}></${q("fills")}><${q("borders")} count="1"><${q("border")}/></${q("borders")}><${q("cellStyleXfs")} count="1"><${q("xf")} numFmtId="0" fontId="0" fillId="0" borderId="0"/></${q("cellStyleXfs")}><${q("cellXfs")} count="2"><${q("xf")} numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><${q("xf")} numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></${q("cellXfs")}></${q("styleSheet")}>`,
  );
  if (o.strings)
    parts.set(
      "xl/sharedStrings.xml",
      `${DECL}<${q("sst")} ${xmlns} count="${o.strings.length}" uniqueCount="${o.strings.length}">${o.strings.map((t) => `<${q("si")}><${q("t")}>${t}</${q("t")}></${q("si")}>`).join("")}</${q("sst")}>`,
    );
  parts.set(
    "xl/worksheets/sheet1.xml",
    `${DECL}<${q("worksheet")} ${xmlns} xmlns:r="${ns.rel}"><${q("sheetData")}>${o.rows}</${q("sheetData")}>${o.afterSheetData ?? ""}</${q("worksheet")}>`,
  );
  if (o.sheetRels)
    parts.set(
      "xl/worksheets/_rels/sheet1.xml.rels",
      `${DECL}<Relationships xmlns="${PACKAGE_REL}">${o.sheetRels}</Relationships>`,
    );
  for (const [name, data] of Object.entries(o.parts ?? {})) parts.set(name, data);
  return parts;
}

/** Inline-string and number cells of a row, with a prefix (and more cells as XML): `row(2, ["WebSAM JMSS", 1])`. */
export function row(r: number, cells: readonly (string | number | null)[], prefix = "", more = ""): string {
  const q = (local: string) => (prefix === "" ? local : `${prefix}:${local}`);
  const xml = cells
    .map((v, i) => {
      const ref = `${String.fromCharCode(65 + i)}${r}`;
      if (v === null) return "";
      if (typeof v === "number") return `<${q("c")} r="${ref}"><${q("v")}>${v}</${q("v")}></${q("c")}>`;
      return `<${q("c")} r="${ref}" t="inlineStr"><${q("is")}><${q("t")}>${v}</${q("t")}></${q("is")}></${q("c")}>`;
    })
    .join("");
  return `<${q("row")} r="${r}">${xml}${more}</${q("row")}>`;
}

/** Write the parts as a zip (file entries only, as Excel writes them). */
export async function writePackage(file: string, parts: ReadonlyMap<string, string | Buffer>): Promise<string> {
  const zip = new JSZip();
  for (const [name, data] of parts) zip.file(name, data, { createFolders: false });
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return file;
}
