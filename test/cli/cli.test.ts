// The CLI on real .xlsx files written and read back through exceljs (issue 2 §3).
import { execFile } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, test } from "vitest";
import { JsonRow } from "../../src/core/model";
import { OUTPUT_COLUMNS } from "../../src/core/output-columns";
import { SAMPLE } from "../../src/cli/cli";
import { buildCli, CLI, ROOT, runInProcess } from "./run-built";

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "license-rules-"));
});

const run = runInProcess;

async function load(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

async function inventoryFile(name: string, rows: unknown[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("在庫");
  rows.forEach((r) => ws.addRow(r));
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe("annotate", () => {
  test("writes <name>.annotated.xlsx next to the input, leaves the input file byte-for-byte alone and every input cell equal", async () => {
    const file = path.join(dir, "inventory.xlsx");
    copyFileSync(SAMPLE, file);
    const before = readFileSync(file);
    const { code, out } = await run("annotate", file);
    expect(code).toBe(0);
    expect(out).toContain("inventory.annotated.xlsx");
    expect(readFileSync(file).equals(before)).toBe(true);

    const original = await load(file);
    const annotated = await load(path.join(dir, "inventory.annotated.xlsx"));
    for (const ws of original.worksheets) {
      const copy = annotated.getWorksheet(ws.name);
      expect(copy).toBeDefined();
      ws.eachRow({ includeEmpty: true }, (row, r) =>
        row.eachCell({ includeEmpty: true }, (cell, c) => expect(copy?.getRow(r).getCell(c).value).toEqual(cell.value)),
      );
    }
  });

  test("heads the output columns in Japanese to the right of the table, on the header row", async () => {
    const file = await inventoryFile("headers.xlsx", [["棚卸表"], ["製品名", "数量", "保守契約"], ["WebSAM JMSS", 1, "あり"]]);
    expect((await run("annotate", file)).code).toBe(0);
    const ws = (await load(path.join(dir, "headers.annotated.xlsx"))).getWorksheet("在庫");
    const header = ws?.getRow(2).values as unknown[];
    expect(header.slice(4, 11)).toEqual(OUTPUT_COLUMNS.map((c) => c.ja));
  });

  test("re-annotating an annotated copy reuses our columns instead of adding new ones", async () => {
    const file = await inventoryFile("again.xlsx", [
      ["製品名", "数量", "保守契約"],
      ["WebSAM JMSS", 1, "あり"],
    ]);
    await run("annotate", file);
    const once = path.join(dir, "again.annotated.xlsx");
    const twice = path.join(dir, "again2.xlsx");
    expect((await run("annotate", once, "--out", twice)).code).toBe(0);
    const ws = (await load(twice)).getWorksheet("在庫");
    expect(ws?.getRow(1).cellCount).toBe(3 + OUTPUT_COLUMNS.length);
  });

  test("--lang en heads the columns in English and prints the summary in English", async () => {
    const file = await inventoryFile("en.xlsx", [
      ["Product", "Qty"],
      ["WebSAM JMSS", 1],
    ]);
    const { code, out } = await run("annotate", file, "--lang", "en");
    expect(code).toBe(0);
    expect(out).toMatch(/^Sheet “在庫”: 1 rows/m);
    const ws = (await load(path.join(dir, "en.annotated.xlsx"))).getWorksheet("在庫");
    expect((ws?.getRow(1).values as unknown[]).slice(3, 10)).toEqual(OUTPUT_COLUMNS.map((c) => c.en));
  });

  test("a row with a bad cell gets its error in the 警告 column, highlighted, and the other rows are still decided", async () => {
    const file = await inventoryFile("bad.xlsx", [
      ["製品名", "数量"],
      ["WebSAM JMSS", "三"],
      ["Something else", 1],
    ]);
    const { code } = await run("annotate", file);
    expect(code).toBe(0);
    const ws = (await load(path.join(dir, "bad.annotated.xlsx"))).getWorksheet("在庫");
    const warnings = ws?.getRow(2).getCell(3 + OUTPUT_COLUMNS.findIndex((c) => c.key === "warnings"));
    expect(String(warnings?.value)).toContain("数量");
    expect(warnings?.fill).toMatchObject({ type: "pattern", fgColor: { argb: "FFFFC7CE" } });
  });
});

describe("--json", () => {
  test("prints one schema-valid object per data row of every inventory sheet, with its sheet and 1-based row", async () => {
    const { code, out } = await run("annotate", SAMPLE, "--json");
    expect(code).toBe(0);
    const rows = (JSON.parse(out) as unknown[]).map((r) => JsonRow.parse(r));
    const wb = await load(SAMPLE);
    expect(new Set(rows.map((r) => r.sheet))).toEqual(new Set(wb.worksheets.map((w) => w.name)));
    const first = rows.find((r) => r.sheet === "JMSS棚卸");
    expect(first?.row).toBe(5);
  });

  test("--sheet limits it to one sheet", async () => {
    const { out } = await run("annotate", SAMPLE, "--json", "--sheet", "例1 構成そのまま");
    const rows = JSON.parse(out) as { sheet: string; row: number }[];
    expect(rows.map((r) => [r.sheet, r.row])).toEqual([
      ["例1 構成そのまま", 3],
      ["例1 構成そのまま", 4],
      ["例1 構成そのまま", 5],
    ]);
  });
});

describe("exit 2 with one line for unusable input", () => {
  test.each([
    [["annotate", "/nonexistent/x.xlsx"], /見つかりません/],
    [["annotate", "--lang", "fr"], /引数/],
    [["annotate", "--as-of", "2021-02-30"], /--as-of/],
    [["frobnicate"], /frobnicate/],
    [["annotate", "--bogus"], /bogus/],
    [["annotate", "--sheet", "存在しない"], /存在しない/],
  ])("%j", async (argv, message) => {
    const { code, err, out } = await run(...argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err).not.toMatch(/\n\s+at /);
    expect(out).toBe("");
  });

  test("a file that is not an xlsx", async () => {
    const file = path.join(dir, "notes.xlsx");
    writeFileSync(file, "just text");
    const { code, err } = await run("annotate", file);
    expect([code, err]).toEqual([2, expect.stringContaining("xlsx")]);
  });

  test("a sheet with no recognisable header", async () => {
    const file = await inventoryFile("noheader.xlsx", [["memo"], ["hello", "world"]]);
    const { code, err } = await run("annotate", file);
    expect(code).toBe(2);
    expect(err).toContain("見出し");
  });
});

test("the compiled CLI (bin/license-rules.mjs, built by npm ci) runs the sample", async () => {
  buildCli();
  const { stdout } = await promisify(execFile)(process.execPath, [CLI, "annotate", "--json", "--sheet", "例3 クラスタ"], {
    cwd: ROOT,
  });
  expect((JSON.parse(stdout) as unknown[]).length).toBe(3);
}, 60_000);

describe("quote", () => {
  test("adds a 見積 sheet after the inventory, priced from the 価格表 sheet, and leaves the inventory's input cells alone", async () => {
    const wb = new ExcelJS.Workbook();
    const inv = wb.addWorksheet("在庫");
    [
      ["製品名", "用途", "数量", "保守契約"],
      ["WebSAM JMSS", "JMSSサーバ", 1, "あり"],
      ["WebSAM JMSS", "稼働マシン", 3, "あり"],
      ["JMSSクライアント", "クライアント", 7, "あり"],
    ].forEach((r) => inv.addRow(r));
    const book = wb.addWorksheet("価格表");
    [
      ["製品名", "単価"],
      ["(JMSSからの移行用)WebSAM JobCenter CL/Win(5 Licenses) R16.2", "¥98,000"],
      ["(JMSSからの移行用)WebSAM JobCenter CL/Win(1 License) R16.2", "24,000円"],
    ].forEach((r) => book.addRow(r));
    const file = path.join(dir, "quote.xlsx");
    await wb.xlsx.writeFile(file);

    const { code, out } = await run("quote", file, "--out", path.join(dir, "quote-out.xlsx"));
    expect(code).toBe(0);
    expect(out).toContain("¥122,000");
    const result = await load(path.join(dir, "quote-out.xlsx"));
    expect(result.worksheets.map((w) => w.name)).toEqual(["在庫", "価格表", "見積"]);
    expect(result.getWorksheet("在庫")?.getRow(2).getCell(1).value).toBe("WebSAM JMSS");
    const quoteText = JSON.stringify(result.getWorksheet("見積")?.getSheetValues());
    expect(quoteText).toContain("CL/Win(5 Licenses)");
  });

  test("a total that leaves out unpriced lines says so in the summary", async () => {
    const wb = new ExcelJS.Workbook();
    const inv = wb.addWorksheet("在庫");
    [
      ["製品名", "用途", "数量", "保守契約"],
      ["WebSAM JMSS", "JMSSサーバ", 1, "あり"],
      ["JMSSクライアント", "クライアント", 7, "あり"],
    ].forEach((r) => inv.addRow(r));
    const book = wb.addWorksheet("価格表");
    [
      ["製品名", "単価"],
      ["(JMSSからの移行用)WebSAM JobCenter CL/Win(5 Licenses) R16.2", 98000],
    ].forEach((r) => book.addRow(r));
    const file = path.join(dir, "quote-partial.xlsx");
    await wb.xlsx.writeFile(file);
    const { code, out } = await run("quote", file, "--out", path.join(dir, "quote-partial-out.xlsx"));
    expect(code).toBe(0);
    expect(out).toMatch(/合計 ¥98,000\(価格未設定の明細を除く\)/);
  });

  test("--json prints one schema-valid quote per inventory sheet: seed 000 §7 example 1's purchase list", async () => {
    const { code, out } = await run("quote", SAMPLE, "--json", "--sheet", "例1 構成そのまま");
    expect(code).toBe(0);
    const [q] = JSON.parse(out) as { lines: { product: string; quantity: number; priceClass: string }[] }[];
    const bought = q?.lines.filter((l) => l.priceClass !== "END_OF_USE" && l.priceClass !== "NO_CHANGE");
    expect(
      bought?.map((l) => [
        l.product.replace(/ for Windows\/Linux R16\.2| R16\.2|\(JMSSからの移行用\)|WebSAM JobCenter /g, ""),
        l.quantity,
        l.priceClass,
      ]),
    ).toEqual([
      ["MG", 1, "FREE_VERSION_UP"],
      ["SV/AG", 3, "FREE_VERSION_UP"],
      ["CL/Win(5 Licenses)", 1, "PREFERENTIAL"],
      ["CL/Win(1 License)", 1, "PREFERENTIAL"],
    ]);
  });
});

describe("re-running on an annotated copy", () => {
  test("an earlier run's highlight and output go when the row no longer has them; a blanked row loses its old output", async () => {
    const file = await inventoryFile("rerun.xlsx", [
      ["製品名", "数量"],
      ["WebSAM JMSS", "x"],
      ["WebSAM JMSS", 1],
    ]);
    await run("annotate", file);
    const first = path.join(dir, "rerun.annotated.xlsx");
    const wb = await load(first);
    const ws = wb.getWorksheet("在庫");
    const warningsCol = 3 + OUTPUT_COLUMNS.findIndex((c) => c.key === "warnings");
    expect(ws?.getRow(2).getCell(warningsCol).fill).toBeDefined();
    // The user fixes row 2 into a product no rule covers (info only) and blanks row 3's input.
    ws!.getRow(2).getCell(1).value = "一太郎 2025";
    ws!.getRow(2).getCell(2).value = 1;
    ws!.getRow(3).getCell(1).value = null;
    ws!.getRow(3).getCell(2).value = null;
    const edited = path.join(dir, "rerun-edited.xlsx");
    await wb.xlsx.writeFile(edited);

    expect((await run("annotate", edited)).code).toBe(0);
    const again = (await load(path.join(dir, "rerun-edited.annotated.xlsx"))).getWorksheet("在庫");
    expect(String(again?.getRow(2).getCell(warningsCol).value)).toContain("【情報】");
    expect(again?.getRow(2).getCell(warningsCol).fill).toBeUndefined();
    expect(OUTPUT_COLUMNS.map((_, k) => again?.getRow(3).getCell(3 + k).value ?? null)).toEqual(OUTPUT_COLUMNS.map(() => null));
  });
});

describe("the input file is never written", () => {
  test("--out naming the input through a link is refused with exit 2", async () => {
    const file = await inventoryFile("linked.xlsx", [
      ["製品名", "数量"],
      ["WebSAM JMSS", 1],
    ]);
    const link = path.join(dir, "link.xlsx");
    symlinkSync(file, link);
    const before = readFileSync(file);
    const { code, err } = await run("annotate", file, "--out", link);
    expect([code, err.split("\n").length]).toEqual([2, 1]);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  test("an --out that cannot be written is one localized line and exit 2", async () => {
    const { code, err } = await run("annotate", SAMPLE, "--out", path.join(dir, "no-such-dir", "x.xlsx"));
    expect(code).toBe(2);
    expect(err).toMatch(/^書き出せません: .*ENOENT/);
    expect(err).not.toContain("\n");
  });

  test("argument errors are one line, in English with --lang=en", async () => {
    const { code, err } = await run("annotate", "--lang=en", "--bogus");
    expect(code).toBe(2);
    expect(err).toMatch(/^Unusable arguments: .*bogus.*--help/);
    expect(err).not.toContain("\n");
  });
});
