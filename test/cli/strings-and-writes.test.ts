// Shared strings reused rather than copied again, counts kept right, date formats read as exceljs read them, and the
// copy written atomically: a failure while writing leaves the previous copy whole and no temp file behind.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { beforeAll, describe, expect, test } from "vitest";
import { writeAtomically } from "../../src/cli/atomic-write";
import { SAMPLE } from "../../src/cli/cli";
import { JsonRow } from "../../src/core/model";
import { cellsByRow, partsOf } from "./corpus/check-copy";
import { packageParts, row, writePackage } from "./corpus/package";
import { runInProcess } from "./run-built";

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "license-rules-strings-"));
});

const run = runInProcess;

/** The shared strings' items, the count attribute, and how many cells of all sheets refer to a shared string. */
async function strings(file: string): Promise<{ items: number; count: number; references: number }> {
  const parts = await partsOf(readFileSync(file));
  const sst = parts.get("xl/sharedStrings.xml")?.toString("utf8") ?? "";
  let references = 0;
  for (const [name, bytes] of parts) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
    for (const cells of cellsByRow(bytes.toString("utf8")).values())
      references += cells.filter((c) => c.includes(' t="s"')).length;
  }
  const count = Number(/<sst\b[^>]*\scount="(\d+)"/.exec(sst)?.[1]);
  return { items: sst.split("<si>").length - 1, count, references };
}

describe("shared strings", () => {
  test("re-annotating a copy reuses the items it added, and count stays the number of cells that refer to one", async () => {
    const input = path.join(dir, "sample.xlsx");
    copyFileSync(SAMPLE, input);
    const once = path.join(dir, "once.xlsx");
    const twice = path.join(dir, "twice.xlsx");
    expect((await run("annotate", input, "--out", once)).code).toBe(0);
    expect((await run("annotate", once, "--out", twice)).code).toBe(0);
    const [a, b, original] = [await strings(once), await strings(twice), await strings(input)];
    expect(original.count).toBe(original.references);
    expect(a.count).toBe(a.references);
    expect(b).toEqual(a);
    expect(a.items).toBeGreaterThan(original.items);
  });

  test("a text the workbook already holds as a plain item is not added again; a rich-text item is not reused", async () => {
    const items = ["製品名", "用途", "数量", "WebSAM JMSS", "稼働マシン", "優待価格"].map((t) => `<si><t>${t}</t></si>`);
    items.push(`<si><r><rPr><b/></rPr><t>移行先型番</t></r></si>`); // 6: our header's text, but bold
    const parts = packageParts({
      strings: [],
      rows:
        `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>` +
        `<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="C2"><v>1</v></c></row>` +
        `<row r="30"><c r="J30" t="s"><v>5</v></c><c r="K30" t="s"><v>6</v></c></row>`,
    });
    parts.set(
      "xl/sharedStrings.xml",
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="7" uniqueCount="7">${items.join("")}</sst>`,
    );
    const file = await writePackage(path.join(dir, "user-strings.xlsx"), parts);
    const out = path.join(dir, "user-strings.out.xlsx");
    expect((await run("annotate", file, "--out", out, "--as-of", "2025-10-01")).code).toBe(0);
    const sst = (await partsOf(readFileSync(out))).get("xl/sharedStrings.xml")?.toString("utf8") ?? "";
    expect(sst).not.toContain(`<si><t xml:space="preserve">優待価格</t></si>`); // the user's own item (5) serves row 2's 価格区分
    const priceClass = cellsByRow((await partsOf(readFileSync(out))).get("xl/worksheets/sheet1.xml")?.toString("utf8") ?? "").get(
      2,
    );
    expect(priceClass).toContain(`<c r="O2" t="s"><v>5</v></c>`);
    expect(sst).toContain(`<si><t xml:space="preserve">移行先型番</t></si>`); // our header: the bold one is the user's
    const { count, references } = await strings(out);
    expect(count).toBe(references);
  });
});

describe("date-formatted numbers are dates, as exceljs read them", () => {
  test("in サポート期限 a date; in 数量 not a quantity but a date in the wrong column", async () => {
    // style 1 of the test package is the built-in date format 14
    const file = await writePackage(
      path.join(dir, "dated.xlsx"),
      packageParts({
        rows:
          row(1, ["製品名", "数量", "サポート期限"]) +
          `<row r="2"><c r="A2" t="inlineStr"><is><t>Enterprise Architect</t></is></c><c r="B2"><v>1</v></c><c r="C2" s="1"><v>46112</v></c></row>` +
          `<row r="3"><c r="A3" t="inlineStr"><is><t>Enterprise Architect</t></is></c><c r="B3" s="1"><v>3</v></c><c r="C3" s="1"><v>46112</v></c></row>`,
      }),
    );
    const { code, out } = await run("annotate", file, "--json", "--as-of", "2025-10-01");
    expect(code).toBe(0);
    const [ok, bad] = (JSON.parse(out) as unknown[]).map((r) => JsonRow.parse(r));
    expect(ok?.supportEnd).toBe("2027-03-31");
    expect(bad?.warnings.map((w) => w.code)).toEqual(["INVALID_VALUE"]);
  });
});

describe("every cell type SpreadsheetML has", () => {
  test("rich-text runs joined and phonetic runs left out; str, b, e and d cells read as exceljs read them", async () => {
    const parts = packageParts({
      strings: [],
      rows:
        row(1, ["製品名", "保守契約", "サポート期限", "数量"]) +
        `<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="d"><v>2026-03-31T00:00:00</v></c><c r="D2" t="str"><f>1+1</f><v>2</v></c></row>` +
        `<row r="3"><c r="A3" t="inlineStr"><is><r><t>Enterprise </t></r><r><rPr><b/></rPr><t>Architect</t></r><rPh sb="0" eb="1"><t>エンタープライズ</t></rPh></is></c><c r="B3" t="e"><v>#N/A</v></c><c r="D3"><v>1</v></c></row>`,
    });
    parts.set(
      "xl/sharedStrings.xml",
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><r><t>Enterprise</t></r><r><rPr><i/></rPr><t xml:space="preserve"> Architect</t></r><rPh sb="0" eb="1"><t>エー</t></rPh><phoneticPr fontId="0"/></si></sst>`,
    );
    const file = await writePackage(path.join(dir, "types.xlsx"), parts);
    const { code, out } = await run("annotate", file, "--json", "--as-of", "2025-10-01");
    expect(code).toBe(0);
    const [shared, inline] = (JSON.parse(out) as unknown[]).map((r) => JsonRow.parse(r));
    // both rows are Enterprise Architect (the pack claims them); row 2's support is valid, so it is renewed
    expect(shared?.lines[0]?.priceClass).toBe("SUPPORT_RENEWAL");
    expect(shared?.supportEnd).toBe("2027-03-31");
    expect(inline?.warnings.map((w) => w.code)).toContain("CELL_ERROR");
  });
});

describe("the copy is written atomically", () => {
  test("a part found broken while copying: exit 2, the previous copy at --out whole, no temp file", async () => {
    // an input whose part the reader never reads (docProps) inflates to more than its entry declares
    const parts = packageParts({ rows: row(1, ["製品名", "数量"]) + row(2, ["WebSAM JMSS", 1]) });
    parts.set("docProps/custom.xml", `<Properties xmlns="urn:x">${"<p>1</p>".repeat(5000)}</Properties>`);
    const file = await writePackage(path.join(dir, "late-broken.xlsx"), parts);
    const zip = readFileSync(file);
    const name = Buffer.from("docProps/custom.xml");
    // the central directory's record of that entry: its uncompressed size made smaller than its data
    const at = zip.lastIndexOf(name);
    zip.writeUInt32LE(100, at - 46 + 24);
    writeFileSync(file, zip);
    const out = path.join(dir, "previous-copy.xlsx");
    writeFileSync(out, "the previous good copy");
    const { code, err } = await run("annotate", file, "--out", out);
    expect([code, err.split("\n").length]).toEqual([2, 1]);
    expect(err).toMatch(/docProps\/custom\.xml/);
    expect(readFileSync(out, "utf8")).toBe("the previous good copy");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("writeAtomically: the target appears whole or not at all", async () => {
    const target = path.join(dir, "atomic.txt");
    writeFileSync(target, "old");
    await expect(
      writeAtomically(target, async (sink) => {
        sink.write("half of a new ");
        throw new Error("killed");
      }),
    ).rejects.toThrow("killed");
    expect(readFileSync(target, "utf8")).toBe("old");
    await writeAtomically(
      target,
      (sink) =>
        new Promise((resolve) => {
          sink.write("new");
          sink.end(resolve);
        }),
    );
    expect(readFileSync(target, "utf8")).toBe("new");
    expect(readdirSync(dir).filter((f) => f.startsWith(".atomic"))).toEqual([]);
  });
});

test("JSZip, another reader, reads the copy", async () => {
  const out = path.join(dir, "jszip.xlsx");
  expect((await run("annotate", SAMPLE, "--out", out)).code).toBe(0);
  const zip = await JSZip.loadAsync(readFileSync(out));
  expect(Object.keys(zip.files)).toContain("xl/worksheets/sheet1.xml");
});
