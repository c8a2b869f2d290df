// The annotated copy is the input's own file with our cells written in: nothing else in it changes.
import { createRequire } from "node:module";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { beforeAll, describe, expect, test } from "vitest";
import { OUTPUT_COLUMNS } from "../../src/core/output-columns";
import { runCli, SAMPLE } from "../../src/cli/cli";

const NOW = new Date(2025, 9, 1);
let dir = "";
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "license-rules-patch-"));
});

async function annotate(input: string, out: string) {
  const err: string[] = [];
  const code = await runCli(["annotate", input, "--out", out], { out: () => undefined, err: (t) => err.push(t) }, NOW);
  expect(err).toEqual([]);
  expect(code).toBe(0);
  return JSZip.loadAsync(readFileSync(out));
}

async function parts(zip: JSZip): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) {
    const file = zip.file(name);
    if (file) texts.set(name, await file.async("string"));
  }
  return texts;
}

/** Rows of a sheet part as row number → its cells' XML, each cell element as written. */
function rowsOf(sheetXml: string): Map<number, string[]> {
  const rows = new Map<number, string[]>();
  for (const m of sheetXml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const r = Number(/\sr="(\d+)"/.exec(m[1] ?? "")?.[1]);
    rows.set(
      r,
      [...(m[2] ?? "").matchAll(/<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)].map((c) => c[0]),
    );
  }
  return rows;
}

// jsdom's XML parser (jsdom ships no types; this is the one piece used), to check each part is well-formed XML.
const { JSDOM } = createRequire(import.meta.url)("jsdom") as {
  JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } };
};
const { DOMParser: XmlParser } = new JSDOM("").window;
function wellFormed(xml: string): boolean {
  const doc = new XmlParser().parseFromString(xml, "application/xml");
  return doc.getElementsByTagName("parsererror").length === 0;
}

describe("the bundled sample", () => {
  test("every part but the sheets, styles and shared strings is byte-for-byte the input's, and every input cell's XML is kept verbatim", async () => {
    const input = await JSZip.loadAsync(readFileSync(SAMPLE));
    const output = await annotate(SAMPLE, path.join(dir, "sample.annotated.xlsx"));
    const [before, after] = [await parts(input), await parts(output)];
    expect([...after.keys()]).toEqual([...before.keys()]);
    const rewritten = /^xl\/(worksheets\/sheet\d+\.xml|styles\.xml|sharedStrings\.xml)$/;
    for (const [name, text] of before) {
      if (!rewritten.test(name)) expect(after.get(name), name).toBe(text);
    }
    // Shared strings only grow at the end, so every input cell keeps its string index.
    const sst = (xml: string | undefined) => /<sst\b[^>]*>([\s\S]*)<\/sst>/.exec(xml ?? "")?.[1] ?? "";
    expect(sst(after.get("xl/sharedStrings.xml")).startsWith(sst(before.get("xl/sharedStrings.xml")))).toBe(true);
    let sheets = 0;
    for (const [name, text] of before) {
      if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
      sheets++;
      const copy = rowsOf(after.get(name) ?? "");
      for (const [r, cells] of rowsOf(text)) {
        const kept = copy.get(r)?.filter((c) => cells.includes(c));
        expect(kept, `${name} row ${r}`).toEqual(cells);
      }
    }
    expect(sheets).toBeGreaterThan(1);
    for (const [name, text] of after) if (/\.(xml|rels)$/.test(name)) expect(wellFormed(text), name).toBe(true);
  });
});

// A workbook as another tool writes it: inline strings and no shared-strings part, one <col> spanning every column,
// an empty row, a cached calculation chain, a part of its own. Built part by part: exceljs would write none of these.
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const text = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;

// A part exceljs does not know (as charts, pivots and add-in data are to it): a load and save would drop it.
const CUSTOM_PART = `${XML}<properties xmlns="urn:example:asset-register"><owner>情報システム部</owner></properties>`;

async function foreignWorkbook(name: string, rows: string, withCalcChain: boolean): Promise<string> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${withCalcChain ? `<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>` : ""}</Types>`,
  );
  zip.file(
    "_rels/.rels",
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="在庫" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>${withCalcChain ? `<Relationship Id="rId3" Type="${REL}/calcChain" Target="calcChain.xml"/>` : ""}</Relationships>`,
  );
  zip.file(
    "xl/styles.xml",
    `${XML}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="游ゴシック"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`,
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    `${XML}<worksheet xmlns="${MAIN}"><dimension ref="A1:B4"/><cols><col min="1" max="16384" width="12" customWidth="1"/></cols><sheetData>${rows}</sheetData></worksheet>`,
  );
  zip.file("customXml/item1.xml", CUSTOM_PART);
  if (withCalcChain) zip.file("xl/calcChain.xml", `${XML}<calcChain xmlns="${MAIN}"><c r="C2" i="1"/></calcChain>`);
  const file = path.join(dir, name);
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
  return file;
}

describe("a workbook written by another tool", () => {
  test("gets a shared-strings part, keeps its own column width outside our block, and Excel's readers read our cells", async () => {
    const file = await foreignWorkbook(
      "foreign.xlsx",
      `<row r="1">${text("A1", "製品名")}${text("B1", "数量")}</row><row r="2">${text("A2", "WebSAM JMSS Ver8.1 (稼働マシン用)")}<c r="B2"><v>1</v></c></row><row r="3"/><row r="4">${text("A4", "WebSAM JMSS")}${text("B4", "x")}</row>`,
      false,
    );
    const out = path.join(dir, "foreign.annotated.xlsx");
    const zip = await annotate(file, out);
    const texts = await parts(zip);
    expect(texts.get("[Content_Types].xml")).toContain(`PartName="/xl/sharedStrings.xml"`);
    expect(texts.get("xl/_rels/workbook.xml.rels")).toContain(`${REL}/sharedStrings`);
    expect(texts.get("xl/worksheets/sheet1.xml")).toContain(`<dimension ref="A1:I4"/>`);
    expect(texts.get("customXml/item1.xml")).toBe(CUSTOM_PART);
    for (const [name, xml] of texts) expect(wellFormed(xml), name).toBe(true);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("在庫");
    expect((ws?.getRow(1).values as unknown[]).slice(3, 10)).toEqual(OUTPUT_COLUMNS.map((c) => c.ja));
    expect(ws?.getRow(1).getCell(3).font?.bold).toBe(true);
    expect(ws?.getRow(2).getCell(3).value).toEqual(expect.any(String));
    expect(ws?.getRow(3).getCell(3).value).toBeNull();
    const warnings = 3 + OUTPUT_COLUMNS.findIndex((c) => c.key === "warnings");
    expect(ws?.getRow(4).getCell(warnings).fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFFFC7CE" } });
    expect(ws?.getColumn(1).width).toBe(12);
    expect(ws?.getColumn(10).width).toBe(12);
    expect(OUTPUT_COLUMNS.map((_, k) => ws?.getColumn(3 + k).width)).toEqual(
      OUTPUT_COLUMNS.map((c) => (c.key === "warnings" || c.key === "targetProduct" ? 48 : c.key === "supportEnd" ? 14 : 16)),
    );
  });

  test("re-annotating over our old block replaces a formula left in it, and drops the calculation chain that named it", async () => {
    const header = OUTPUT_COLUMNS.map((c, k) => text(`${String.fromCharCode(67 + k)}1`, c.ja)).join("");
    const file = await foreignWorkbook(
      "rerun-foreign.xlsx",
      `<row r="1">${text("A1", "製品名")}${text("B1", "数量")}${header}</row><row r="2">${text("A2", "WebSAM JMSS Ver8.1 (稼働マシン用)")}<c r="B2"><v>1</v></c><c r="C2"><f>1+1</f><v>2</v></c></row>`,
      true,
    );
    const zip = await annotate(file, path.join(dir, "rerun-foreign.annotated.xlsx"));
    const texts = await parts(zip);
    expect(texts.has("xl/calcChain.xml")).toBe(false);
    expect(texts.get("[Content_Types].xml")).not.toContain("calcChain");
    expect(texts.get("xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
    const rows = rowsOf(texts.get("xl/worksheets/sheet1.xml") ?? "");
    expect(rows.get(1)).toHaveLength(2 + OUTPUT_COLUMNS.length);
    expect(rows.get(2)?.some((c) => c.includes("<f>"))).toBe(false);
    expect(rows.get(2)?.[2]).toMatch(/^<c r="C2" t="s"><v>\d+<\/v><\/c>$/);
  });
});
