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
import { isoToSerial, dateToIso } from "../../src/core/dates";
import type { IsoDate } from "../../src/core/model";
import { Quote } from "../../src/core/quote";
import { CURRENCY_FORMAT, QUOTE_DATE_FORMAT, quoteSheetValues } from "../../src/render";

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

describe("quote", () => {
  test("adds its sheets to the input's own file: the input's parts as they were, each quote with its values and formats", async () => {
    const out = path.join(dir, "sample.quote.xlsx");
    const printed: string[] = [];
    const io = { out: (t: string) => printed.push(t), err: (t: string) => printed.push(t) };
    expect(await runCli(["quote", SAMPLE, "--json", "--out", out], io, NOW)).toBe(0);
    const quotes = (JSON.parse(printed.join("\n")) as unknown[]).map((q) => Quote.parse(q));
    const [before, after] = [
      await parts(await JSZip.loadAsync(readFileSync(SAMPLE))),
      await parts(await JSZip.loadAsync(readFileSync(out))),
    ];
    // The package's lists (workbook, its relationships, content types) gain the new sheets; the rest is as it was.
    const grown =
      /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/(worksheets\/sheet\d+\.xml|styles\.xml|sharedStrings\.xml))$/;
    for (const [name, text] of before) if (!grown.test(name)) expect(after.get(name), name).toBe(text);
    for (const [name, xml] of after) if (/\.(xml|rels)$/.test(name)) expect(wellFormed(xml), name).toBe(true);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const input = new ExcelJS.Workbook();
    await input.xlsx.readFile(SAMPLE);
    const added = wb.worksheets.slice(input.worksheets.length);
    expect(added.map((w) => w.name)).toEqual(quotes.map((_, k) => (k === 0 ? "見積" : `見積 (${k + 1})`)));
    const read = (cell: ExcelJS.CellValue) => (cell instanceof Date ? isoToSerial(dateToIso(cell) as IsoDate) : (cell ?? null));
    quotes.forEach((q, k) => {
      const ws = added[k];
      if (!ws) throw new Error(`no sheet for quote ${k}`);
      const sheet = quoteSheetValues(q, "ja");
      sheet.values.forEach((cells, r) => cells.forEach((v, c) => expect(read(ws.getCell(r + 1, c + 1).value)).toEqual(v)));
      for (const f of sheet.formats)
        expect(ws.getCell(f.row + 1, f.col + 1).numFmt).toBe(f.format === "currency" ? CURRENCY_FORMAT : QUOTE_DATE_FORMAT);
      for (const r of sheet.headerRows) expect(ws.getCell(r + 1, 1).fill).toMatchObject({ pattern: "solid" });
      for (const r of sheet.boldRows) expect(ws.getCell(r + 1, 1).font?.bold).toBe(true);
      expect(sheet.widths.map((_, c) => ws.getColumn(c + 1).width)).toEqual(sheet.widths);
      expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1 });
    });
  });
});

// A workbook as another tool writes it: inline strings and no shared-strings part, one <col> spanning every column,
// an empty row, a cached calculation chain, a part of its own. Built part by part: exceljs would write none of these.
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const TRANSITIONAL_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const text = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;

// A part exceljs does not know (as charts, pivots and add-in data are to it): a load and save would drop it.
const CUSTOM_PART = `${XML}<properties xmlns="urn:example:asset-register"><owner>情報システム部</owner></properties>`;

interface Foreign {
  readonly calcChain?: boolean;
  /** The workbook part's content type (a macro workbook's differs). */
  readonly main?: string;
  /** Relationship types' namespace (Strict OOXML has its own). */
  readonly rel?: string;
  /** The 1904 date system, said as Excel says it (true: "1") or as LibreOffice does ("true"). */
  readonly date1904?: boolean | "true";
  /** No styles part at all, as some generators write. */
  readonly noStyles?: boolean;
  /** A second cell style (s="1"): the built-in date format 14. */
  readonly dateStyle?: boolean;
}

async function foreignWorkbook(name: string, rows: string, options: Foreign = {}): Promise<string> {
  const withCalcChain = options.calcChain === true;
  const REL = options.rel ?? TRANSITIONAL_REL;
  const main = options.main ?? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  const zip = new JSZip();
  // As Excel writes a package: file entries only, no folder entries.
  const put = (name: string, data: string) => zip.file(name, data, { createFolders: false });
  put(
    "[Content_Types].xml",
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${main}"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>${options.noStyles === true ? "" : `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`}${withCalcChain ? `<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>` : ""}</Types>`,
  );
  put(
    "_rels/.rels",
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  put(
    "xl/workbook.xml",
    `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}">${options.date1904 === undefined || options.date1904 === false ? "" : `<workbookPr date1904="${options.date1904 === true ? "1" : "true"}"/>`}<sheets><sheet name="在庫" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  put(
    "xl/_rels/workbook.xml.rels",
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>${options.noStyles === true ? "" : `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>`}${withCalcChain ? `<Relationship Id="rId3" Type="${REL}/calcChain" Target="calcChain.xml"/>` : ""}</Relationships>`,
  );
  if (options.noStyles !== true)
    put(
      "xl/styles.xml",
      `${XML}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="游ゴシック"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${options.dateStyle === true ? 2 : 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>${options.dateStyle === true ? `<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` : ""}</cellXfs></styleSheet>`,
    );
  put(
    "xl/worksheets/sheet1.xml",
    `${XML}<worksheet xmlns="${MAIN}"><dimension ref="A1:B4"/><cols><col min="1" max="16384" width="12" customWidth="1"/></cols><sheetData>${rows}</sheetData></worksheet>`,
  );
  put("customXml/item1.xml", CUSTOM_PART);
  if (withCalcChain) put("xl/calcChain.xml", `${XML}<calcChain xmlns="${MAIN}"><c r="C2" i="1"/></calcChain>`);
  const file = path.join(dir, name);
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
  return file;
}

const FOREIGN_ROWS = `<row r="1">${text("A1", "製品名")}${text("B1", "数量")}</row><row r="2">${text("A2", "WebSAM JMSS Ver8.1 (稼働マシン用)")}<c r="B2"><v>1</v></c></row>`;

describe("a workbook written by another tool", () => {
  test("gets a shared-strings part, keeps its own column width outside our block, and Excel's readers read our cells", async () => {
    const file = await foreignWorkbook(
      "foreign.xlsx",
      `${FOREIGN_ROWS}<row r="3"/><row r="4">${text("A4", "WebSAM JMSS")}${text("B4", "x")}</row>`,
    );
    const out = path.join(dir, "foreign.annotated.xlsx");
    const zip = await annotate(file, out);
    const texts = await parts(zip);
    expect(texts.get("[Content_Types].xml")).toContain(`PartName="/xl/sharedStrings.xml"`);
    expect(texts.get("xl/_rels/workbook.xml.rels")).toContain(`${TRANSITIONAL_REL}/sharedStrings`);
    const input = await JSZip.loadAsync(readFileSync(file));
    expect(Object.keys(zip.files).sort()).toEqual([...Object.keys(input.files), "xl/sharedStrings.xml"].sort());
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
      { calcChain: true },
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

  test("re-annotating the copy reuses the styles it added instead of adding them again", async () => {
    const first = path.join(dir, "styles-once.annotated.xlsx");
    const styles = async (zip: JSZip) => (await zip.file("xl/styles.xml")?.async("string")) ?? "";
    const once = await styles(await annotate(await foreignWorkbook("styles-once.xlsx", FOREIGN_ROWS), first));
    const twice = await styles(await annotate(first, path.join(dir, "styles-twice.xlsx")));
    expect(twice).toBe(once);
  });

  test("a macro workbook stays one: the copy is .annotated.xlsm, and an --out named .xlsx is refused", async () => {
    const macro = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
    const file = await foreignWorkbook("macro.xlsm", FOREIGN_ROWS, { main: macro });
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t) };
    expect(await runCli(["annotate", file], io, NOW)).toBe(0);
    const copy = await JSZip.loadAsync(readFileSync(path.join(dir, "macro.annotated.xlsm")));
    expect(await copy.file("[Content_Types].xml")?.async("string")).toContain(macro);
    expect(await runCli(["annotate", file, "--out", path.join(dir, "macro-copy.xlsx")], io, NOW)).toBe(2);
    expect(err).toEqual([expect.stringContaining("--out の拡張子を .xlsm に")]);
  });

  test("Strict OOXML relationship names are followed, and the shared strings it gets use the same namespace", async () => {
    const strict = "http://purl.oclc.org/ooxml/officeDocument/relationships";
    const file = await foreignWorkbook("strict.xlsx", FOREIGN_ROWS, { rel: strict });
    const zip = await annotate(file, path.join(dir, "strict.annotated.xlsx"));
    expect(await zip.file("xl/_rels/workbook.xml.rels")?.async("string")).toContain(`${strict}/sharedStrings`);
    expect(rowsOf((await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "").get(1)).toHaveLength(
      2 + OUTPUT_COLUMNS.length,
    );
  });

  test("a workbook with no styles part gets one, so our highlights and date format have somewhere to live", async () => {
    const rows = `${FOREIGN_ROWS}<row r="3">${text("A3", "WebSAM JMSS")}${text("B3", "x")}</row>`;
    const file = await foreignWorkbook("no-styles.xlsx", rows, { noStyles: true });
    const out = path.join(dir, "no-styles.annotated.xlsx");
    const texts = await parts(await annotate(file, out));
    expect(texts.get("[Content_Types].xml")).toContain(`PartName="/xl/styles.xml"`);
    expect(texts.get("xl/_rels/workbook.xml.rels")).toContain(`${TRANSITIONAL_REL}/styles`);
    for (const [name, xml] of texts) expect(wellFormed(xml), name).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const warnings = 3 + OUTPUT_COLUMNS.findIndex((c) => c.key === "warnings");
    expect(wb.getWorksheet("在庫")?.getRow(3).getCell(warnings).fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
    expect(wb.getWorksheet("在庫")?.getRow(1).getCell(3).font?.bold).toBe(true);
  });
});

describe("dates", () => {
  test("a workbook on the 1904 date system gets the same day in 新サポート期限, not one 4 years and a day later", async () => {
    // an EA renewal while support is valid: 2026-03-31 + 12 months = 2027-03-31 (E1), in either date system
    for (const date1904 of [false, true]) {
      const serial = date1904 ? 44650 : 46112; // 2026-03-31
      const rows = `<row r="1">${text("A1", "製品名")}${text("B1", "サポート期限")}</row><row r="2">${text("A2", "Enterprise Architect Corporate")}<c r="B2"><v>${serial}</v></c></row>`;
      const file = await foreignWorkbook(`dates-${date1904}.xlsx`, rows, { date1904 });
      const out = path.join(dir, `dates-${date1904}.annotated.xlsx`);
      expect(
        await runCli(
          ["annotate", file, "--out", out, "--as-of", "2025-10-01"],
          { out: () => undefined, err: (t) => expect.fail(t) },
          NOW,
        ),
      ).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out); // exceljs reads a date-formatted serial by the workbook's date system
      expect(wb.getWorksheet("在庫")?.getCell("G2").value, `date1904 ${date1904}`).toEqual(new Date(Date.UTC(2027, 2, 31)));
    }
  });
});

describe("reading a workbook on the 1904 date system", () => {
  test("a bare serial in サポート期限 is the day that workbook shows", async () => {
    const json = async (date1904: boolean, serial: number): Promise<unknown> => {
      const rows = `<row r="1">${text("A1", "製品名")}${text("B1", "サポート期限")}</row><row r="2">${text("A2", "Enterprise Architect Corporate")}<c r="B2"><v>${serial}</v></c></row>`;
      const file = await foreignWorkbook(`read-dates-${date1904}.xlsx`, rows, { date1904 });
      const out: string[] = [];
      const io = { out: (t: string) => out.push(t), err: (t: string) => expect.fail(t) };
      expect(await runCli(["annotate", file, "--json", "--as-of", "2025-10-01"], io, NOW)).toBe(0);
      return JSON.parse(out.join("\n"));
    };
    // 2026-03-31: serial 46112 counted from 1900, 44650 counted from 1904
    const from1900 = await json(false, 46112);
    expect(JSON.stringify(from1900)).toContain('"supportEnd":"2027-03-31"');
    expect(await json(true, 44650)).toEqual(from1900);
  });

  test('a workbook that says date1904="true" (as LibreOffice writes it) is on the 1904 system too', async () => {
    // B2 is a date cell (format 14), 2026-03-31 counted from 1904; exceljs alone reads only date1904="1"
    const rows = `<row r="1">${text("A1", "製品名")}${text("B1", "サポート期限")}</row><row r="2">${text("A2", "Enterprise Architect Corporate")}<c r="B2" s="1"><v>44650</v></c></row>`;
    const file = await foreignWorkbook("read-dates-true.xlsx", rows, { date1904: "true", dateStyle: true });
    const out: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => expect.fail(t) };
    expect(await runCli(["annotate", file, "--json", "--as-of", "2025-10-01"], io, NOW)).toBe(0);
    expect(JSON.stringify(JSON.parse(out.join("\n")))).toContain('"supportEnd":"2027-03-31"');
    // and the copy's 新サポート期限 is written in the workbook's own system: 2027-03-31 is 45015 counted from 1904
    expect(await runCli(["annotate", file, "--as-of", "2025-10-01"], io, NOW)).toBe(0);
    const copy = await JSZip.loadAsync(readFileSync(path.join(dir, "read-dates-true.annotated.xlsx")));
    expect(await copy.file("xl/worksheets/sheet1.xml")?.async("string")).toMatch(/<c r="G2"[^>]*><v>45015<\/v><\/c>/);
  });
});

describe("quote on a workbook on the 1904 date system", () => {
  test("its dates (作成日, 基準日) are the same days as on a 1900 workbook", async () => {
    const shown = async (date1904: boolean): Promise<string[]> => {
      const file = await foreignWorkbook(`quote-dates-${date1904}.xlsx`, FOREIGN_ROWS, { date1904 });
      const out = path.join(dir, `quote-dates-${date1904}.annotated.xlsx`);
      const io = { out: () => undefined, err: (t: string) => expect.fail(t) };
      expect(await runCli(["quote", file, "--as-of", "2025-09-30"], io, NOW)).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out); // exceljs turns serials into dates by the workbook's own date system
      const dates: string[] = [];
      wb.getWorksheet("見積")?.eachRow((row) =>
        row.eachCell((c) => {
          if (c.value instanceof Date) dates.push(c.value.toISOString().slice(0, 10));
        }),
      );
      return dates;
    };
    expect(await shown(false)).toEqual(["2025-10-01", "2025-09-30"]);
    expect(await shown(true)).toEqual(["2025-10-01", "2025-09-30"]);
  });
});

describe("quote on a workbook written by another tool", () => {
  test("keeps the part exceljs does not know, and the new sheet's strings go into the shared strings it gets", async () => {
    const file = await foreignWorkbook("foreign-quote.xlsx", FOREIGN_ROWS);
    const out = path.join(dir, "foreign-quote.annotated.xlsx");
    expect(await runCli(["quote", file], { out: () => undefined, err: (t) => expect.fail(t) }, NOW)).toBe(0);
    const texts = await parts(await JSZip.loadAsync(readFileSync(out)));
    expect(texts.get("customXml/item1.xml")).toBe(CUSTOM_PART);
    expect(texts.get("xl/workbook.xml")).toMatch(/<sheet name="見積" sheetId="2" r:id="rId\d+"\/><\/sheets>/);
    for (const [name, xml] of texts) expect(wellFormed(xml), name).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(JSON.stringify(wb.getWorksheet("見積")?.getSheetValues())).toContain("WebSAM JobCenter SV/AG");
  });
});
