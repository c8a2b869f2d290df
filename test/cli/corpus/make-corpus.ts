// The corpus of issue 11: every hostile input and every foreign writer's workbook a user can hand the CLI, made into
// a folder by this script (the tests run it into a temp folder), except the few files other programs wrote, which
// are checked in under foreign/ with the script that makes them again.
//   npx tsx test/cli/corpus/make-corpus.ts DIR   (writes the corpus into DIR and lists it)
import { execFileSync } from "node:child_process";
import { closeSync, copyFileSync, ftruncateSync, mkdirSync, openSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { DECL, packageParts, row, STRICT, writePackage } from "./package";
import type { PackageOptions } from "./package";
import { writeBomb, writeCompoundFile, writeEncryptedEntryZip, writeLyingZip } from "./raw-files";

export interface CorpusCase {
  readonly name: string;
  /** What the user hands the CLI (a file, a folder, a FIFO, a device). */
  readonly input: string;
  readonly command?: "annotate" | "quote";
  /** The copy's path (default: beside the corpus, <name>.out.xlsx). */
  readonly out?: string;
  readonly expect: "written" | "refused";
  /** For a refusal: what its one line must say. */
  readonly message?: RegExp;
}

const FOREIGN = path.join(import.meta.dirname, "foreign");
const HEADER = ["製品名", "用途", "数量", "保守契約"];
const JMSS_ROWS = [
  ["WebSAM JMSS Ver8.1", "JMSSサーバ", 1, "あり"],
  ["WebSAM JMSS Ver8.1 (稼働マシン用)", "稼働マシン", 3, "あり"],
  ["JMSSクライアント", "クライアント", 7, "なし"],
] as const;
const plainRows = (prefix = ""): string =>
  [row(1, HEADER, prefix), ...JMSS_ROWS.map((r, i) => row(i + 2, [...r], prefix))].join("");

// Words Object.prototype knows, in every choice column and in the date and era columns.
const PROTOTYPE_WORDS = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"];
const CHOICES = ["用途", "ライセンス形態", "移行先", "移行先ライセンス形態", "手続き", "名義", "購入方法", "使用形態"];
const DATES = ["サポート期限", "手続き日"];

/** Sheet XML that the old regex patcher broke (CDATA, comments, a PI holding <c, </c>, <row) or ran for minutes on. */
function trickyRows(): string {
  const comment = `<!-- <row r="9"><c r="J9"><v>1</v></c></row> </c> <c r="Z1"> -->`;
  const cdata = `<c r="E2" t="inlineStr"><is><t><![CDATA[</c></row><row r="99"><c>]]></t></is></c>`;
  return (
    row(1, [...HEADER, "備考"]) +
    comment +
    `<row r="2">${comment}<c r="A2" t="inlineStr"><is><t>WebSAM JMSS</t></is></c><?pi <c?><c r="C2"><v>1</v></c>${cdata}</row>` +
    // 4-8 KB of what the old regexes scanned quadratically: many "<row" / "<c" that never close
    `<!--${" <row <c".repeat(900)}-->` +
    row(3, ["JMSSクライアント", "クライアント", 2, "あり"])
  );
}

async function book(dir: string, name: string, o: PackageOptions, edit?: (parts: Map<string, string | Buffer>) => void) {
  const parts = packageParts(o);
  edit?.(parts);
  return writePackage(path.join(dir, name), parts);
}

/** Write the corpus into `dir` (made if needed); returns its cases. Takes a second or two: no file is large. */
export async function makeCorpus(dir: string): Promise<CorpusCase[]> {
  mkdirSync(dir, { recursive: true });
  const at = (name: string) => path.join(dir, name);
  const cases: CorpusCase[] = [];
  const ok = (name: string, input: string, extra: Partial<CorpusCase> = {}) =>
    cases.push({ name, input, expect: "written", ...extra });
  const no = (name: string, input: string, message: RegExp, extra: Partial<CorpusCase> = {}) =>
    cases.push({ name, input, expect: "refused", message, ...extra });

  // Cell text: prototype words, huge numbers, formulas without a value, XML specials
  const words = [row(1, ["製品名", "数量", ...CHOICES, ...DATES])];
  PROTOTYPE_WORDS.forEach((w, i) =>
    words.push(row(i + 2, ["Enterprise Architect", 1, ...CHOICES.map(() => w), `${w}3年3月31日`, w])),
  );
  ok("prototype words in every choice and date column", await book(dir, "prototype-words.xlsx", { rows: words.join("") }));
  const huge = [
    row(1, ["製品名", "用途", "数量", "保守契約", "年数"]),
    row(2, ["WebSAM JMSS", "JMSSサーバ", 1e15, "あり", null]),
    row(3, ["WebSAM JMSS", "稼働マシン", 2 ** 53 - 1, "あり", null]),
    row(4, ["JMSSクライアント", "クライアント", 2 ** 53 - 1, "あり", null]),
    row(5, ["Enterprise Architect", null, 10_000_000, null, 2 ** 53 - 1]),
    ...Array.from({ length: 20 }, (_, i) => row(6 + i, ["JMSSクライアント", "クライアント", 10_000_000, "あり", null])),
  ].join("");
  ok("huge quantities and years, and their sums in a quote", await book(dir, "huge-numbers.xlsx", { rows: huge }), {
    command: "quote",
  });
  const formulas =
    row(1, HEADER) +
    `<row r="2"><c r="A2" t="inlineStr"><is><t>WebSAM JMSS</t></is></c><c r="C2"><f>1+1</f></c><c r="D2" t="str"><f>"あり"</f></c></row>` +
    `<row r="3"><c r="A3" t="inlineStr"><is><t>WebSAM JMSS</t></is></c><c r="C3"><f t="shared" ref="C3:C4" si="0">B3*2</f><v></v></c></row>`;
  ok("formula cells without a calculated value", await book(dir, "formulas-no-value.xlsx", { rows: formulas }));
  ok(
    "CDATA, comments and a PI holding <c, </c> and <row; 8 KB that made the old regexes quadratic",
    await book(dir, "cdata-comments.xlsx", { rows: trickyRows() }, (parts) => {
      // and a workbook whose comment holds what the date1904 regex scanned quadratically
      const wb = String(parts.get("xl/workbook.xml"));
      parts.set("xl/workbook.xml", wb.replace("<sheets>", `<!--${" <workbookPr date1904".repeat(400)}--><sheets>`));
    }),
  );
  const wished = `Windows 10 Enterprise ${"長い製品名".repeat(8000)}`; // M1: a line buying the version wished for
  ok(
    "a text that would make a cell longer than 32,767 characters",
    await book(dir, "long-text.xlsx", {
      rows: row(1, ["製品名", "数量", "使用バージョン"]) + row(2, ["Windows 11 Pro", 1, wished]),
    }),
    { command: "quote" },
  );
  const wide = row(1, HEADER, "", `<c r="XFA1" t="inlineStr"><is><t>memo</t></is></c>`) + row(2, [...JMSS_ROWS[0]]);
  no("a table whose output columns would pass column XFD", await book(dir, "past-xfd.xlsx", { rows: wide }), /XFD/);

  // Writers and packages the old reader (exceljs) refused; quoted, so the columns and a quote sheet are written into
  // the workbook's own prefixes and namespaces
  const quote = { command: "quote" } as const;
  const xPrefix = await book(dir, "x-prefix.xlsx", { prefix: "x", rows: plainRows("x"), strings: ["メモ"] });
  ok("SpreadsheetML with x: prefixes (the .NET Open XML SDK)", xPrefix, quote);
  ok("Strict OOXML", await book(dir, "strict.xlsx", { ns: STRICT, rows: plainRows() }), quote);
  const absolute = await book(dir, "absolute-targets.xlsx", { rows: plainRows() }, (parts) =>
    parts.set(
      "xl/_rels/workbook.xml.rels",
      String(parts.get("xl/_rels/workbook.xml.rels")).replaceAll('Target="', 'Target="/xl/'),
    ),
  );
  ok("workbook relationships with absolute targets (/xl/worksheets/sheet1.xml)", absolute, quote);
  const utf16 = await book(dir, "utf-16.xlsx", { rows: plainRows() }, (parts) => {
    const sheet = String(parts.get("xl/worksheets/sheet1.xml")).replace('encoding="UTF-8"', 'encoding="UTF-16"');
    parts.set("xl/worksheets/sheet1.xml", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sheet, "utf16le")]));
  });
  ok("a sheet encoded in UTF-16 (XML 1.0 §4.3.3): written back in UTF-16", utf16);
  const VML = "application/vnd.openxmlformats-officedocument.vmlDrawing";
  ok(
    "comments at xl/comments/comment1.xml",
    await book(dir, "comments.xlsx", {
      rows: plainRows(),
      afterSheetData: `<legacyDrawing r:id="rId2"/>`,
      sheetRels: `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments/comment1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>`,
      parts: {
        "xl/comments/comment1.xml": `${DECL}<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>監査</author></authors><commentList><comment ref="A2" authorId="0"><text><t>要確認</t></text></comment></commentList></comments>`,
        "xl/drawings/vmlDrawing1.vml": `<xml xmlns:v="urn:schemas-microsoft-com:vml"><v:shape id="_x0000_s1025"/></xml>`,
      },
      overrides: {
        "/xl/comments/comment1.xml": "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
        "/xl/drawings/vmlDrawing1.vml": VML,
      },
    }),
  );
  ok(
    "a chart whose drawing root has no xdr: prefix",
    await book(dir, "chart-default-ns.xlsx", {
      rows: plainRows(),
      afterSheetData: `<drawing r:id="rId1"/>`,
      sheetRels: `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/>`,
      parts: {
        "xl/drawings/drawing1.xml": `${DECL}<wsDr xmlns="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><twoCellAnchor><from><col>5</col><colOff>0</colOff><row>1</row><rowOff>0</rowOff></from><to><col>10</col><colOff>0</colOff><row>15</row><rowOff>0</rowOff></to><graphicFrame macro=""><nvGraphicFramePr><cNvPr id="2" name="Chart 1"/><cNvGraphicFramePr/></nvGraphicFramePr><xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></graphicFrame><clientData/></twoCellAnchor></wsDr>`,
        "xl/drawings/_rels/drawing1.xml.rels": `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>`,
        "xl/charts/chart1.xml": `${DECL}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:layout/></c:plotArea></c:chart></c:chartSpace>`,
      },
      overrides: {
        "/xl/drawings/drawing1.xml": "application/vnd.openxmlformats-officedocument.drawing+xml",
        "/xl/charts/chart1.xml": "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
      },
    }),
  );
  ok(
    "a table reached by an absolute relationship target (/xl/tables/table1.xml)",
    await book(dir, "table-absolute.xlsx", {
      rows: plainRows(),
      afterSheetData: `<tableParts count="1"><tablePart r:id="rId1"/></tableParts>`,
      sheetRels: `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="/xl/tables/table1.xml"/>`,
      parts: {
        "xl/tables/table1.xml": `${DECL}<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="Inventory" displayName="Inventory" ref="A1:D4"><autoFilter ref="A1:D4"/><tableColumns count="4">${HEADER.map((h, i) => `<tableColumn id="${i + 1}" name="${h}"/>`).join("")}</tableColumns></table>`,
      },
      overrides: { "/xl/tables/table1.xml": "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml" },
    }),
  );
  ok("workbook written by openpyxl (formulas without a cached value)", path.join(FOREIGN, "openpyxl.xlsx"));
  ok("workbook written by LibreOffice Calc", path.join(FOREIGN, "libreoffice.xlsx"));
  ok("workbook written by LibreOffice Calc on the 1904 date system", path.join(FOREIGN, "libreoffice-1904.xlsx"));

  // Files that are not a usable workbook: one line, exit 2
  writeBomb(at("bomb-6gb.xlsx"), ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml"], 1920);
  no("a 1.9 MB zip bomb that unpacks to 5.9 GB", at("bomb-6gb.xlsx"), /上限/);
  writeBomb(
    at("bomb-small.xlsx"),
    Array.from({ length: 9 }, (_, i) => `xl/media/image${i + 1}.png`),
    384,
  );
  no("a 390 KB zip bomb that unpacks to 3.6 GB in parts each under the part limit", at("bomb-small.xlsx"), /上限/);
  writeLyingZip(at("lying-sizes.xlsx"), "[Content_Types].xml", 100, 64 * 1024 * 1024);
  no("a zip whose entry unpacks to more than it declares", at("lying-sizes.xlsx"), /壊れて/);
  writeEncryptedEntryZip(at("zip-encrypted-entry.xlsx"), "[Content_Types].xml");
  no("a zip entry encrypted with a zip password", at("zip-encrypted-entry.xlsx"), /パスワード/);
  writeCompoundFile(at("encrypted.xlsx"), ["EncryptionInfo", "EncryptedPackage"]);
  no("a password-protected (encrypted) workbook", at("encrypted.xlsx"), /パスワード/);
  writeCompoundFile(at("old.xls"), ["Workbook"]);
  no("an Excel 97-2003 workbook", at("old.xls"), /97-2003/);
  no(
    "no [Content_Types].xml",
    await book(dir, "no-content-types.xlsx", { rows: plainRows(), contentTypes: false }),
    /\[Content_Types\]\.xml/,
  );
  writeFileSync(at("text.xlsx"), "製品名,数量\nWebSAM JMSS,1\n");
  no("a text file named .xlsx", at("text.xlsx"), /\.xlsx ファイルとして読めません/);
  const truncated = await book(dir, "whole.xlsx", { rows: plainRows() });
  const bytes = readFileSync(truncated);
  writeFileSync(at("truncated.xlsx"), bytes.subarray(0, Math.floor(bytes.length / 2)));
  no("a zip cut in half", at("truncated.xlsx"), /\.xlsx ファイルとして読めません/);
  await book(dir, "not-well-formed.xlsx", { rows: plainRows() }, (parts) =>
    parts.set(
      "xl/worksheets/sheet1.xml",
      String(parts.get("xl/worksheets/sheet1.xml")).replace("</sheetData>", "</row></sheetData>"),
    ),
  );
  no("a sheet that is not well-formed XML", at("not-well-formed.xlsx"), /sheet1\.xml/);
  await book(dir, "dtd.xlsx", { rows: plainRows() }, (parts) =>
    parts.set(
      "xl/workbook.xml",
      String(parts.get("xl/workbook.xml")).replace(DECL, `${DECL}<!DOCTYPE workbook [<!ENTITY a "aaaaaaaaaa">]>`),
    ),
  );
  no("a part declaring a DTD (entity expansion)", at("dtd.xlsx"), /workbook\.xml/);
  mkdirSync(at("a-folder.xlsx"), { recursive: true });
  no("a folder", at("a-folder.xlsx"), /通常のファイルではありません/);
  no("/dev/zero", "/dev/zero", /通常のファイルではありません/);
  try {
    execFileSync("mkfifo", [at("fifo.xlsx")]);
    no("a FIFO", at("fifo.xlsx"), /通常のファイルではありません/);
  } catch {
    // no mkfifo on this system: nothing to test
  }
  const fd = openSync(at("sparse-3gb.xlsx"), "w");
  ftruncateSync(fd, 3 * 1024 ** 3); // a sparse file: 3 GB long, nothing on disk
  closeSync(fd);
  no("a 3 GB file", at("sparse-3gb.xlsx"), /大きすぎます/);
  no("--out with a non-workbook extension", at("whole.xlsx"), /--out/, { out: at("out.csv") });

  // A symbolic link at the output path: replaced by the copy, its target left alone
  writeFileSync(at("link-target.txt"), "the link's target: never written");
  symlinkSync(at("link-target.txt"), at("linked.out.xlsx"));
  copyFileSync(at("whole.xlsx"), at("linked.xlsx"));
  ok("a symbolic link at the output path", at("linked.xlsx"), { out: at("linked.out.xlsx") });
  return cases;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] ?? path.join(process.cwd(), "corpus");
  for (const c of await makeCorpus(dir)) console.log(`${c.expect.padEnd(8)} ${path.relative(process.cwd(), c.input)}  ${c.name}`);
}
