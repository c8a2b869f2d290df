// Issue 11, cell text: what a user (or a generator) puts in a cell ends as an error on its row, through the compiled
// CLI end to end, and the run still exits 0.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import JSZip from "jszip";
import { beforeAll, describe, expect, test } from "vitest";
import { COLUMNS } from "../../src/core/inventory/headers";
import { JsonRow } from "../../src/core/model";
import { Quote } from "../../src/core/quote";
import { MAX_CELL_CHARS } from "../../src/cli/limits";
import { packageParts, row, writePackage } from "./corpus/package";
import { buildCli, CLI } from "./run-built";

const PROTOTYPE_WORDS = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"];
const CHOICE = COLUMNS.filter((c) => c.read.kind === "choice");
const DATE = COLUMNS.filter((c) => c.read.kind === "date");

let dir = "";
beforeAll(() => {
  buildCli();
  dir = mkdtempSync(path.join(tmpdir(), "license-rules-hostile-"));
});

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

const sheet = async (name: string, rows: (string | number | null)[][]) =>
  writePackage(path.join(dir, name), packageParts({ rows: rows.map((r, i) => row(i + 1, r)).join("") }));

describe("Object.prototype's names", () => {
  test("in every choice column and every date column: INVALID_VALUE / INVALID_DATE on each row, exit 0", async () => {
    expect(CHOICE.map((c) => c.headers[0])).toEqual(
      expect.arrayContaining(["移行先", "手続き", "名義", "用途", "ライセンス形態", "購入方法", "使用形態"]),
    );
    const header = ["製品名", "数量", ...CHOICE.map((c) => c.headers[0] ?? ""), ...DATE.map((c) => c.headers[0] ?? "")];
    const rows = PROTOTYPE_WORDS.map((w) => [
      "Enterprise Architect",
      1,
      ...CHOICE.map(() => w),
      ...DATE.map((_, k) => (k === 0 ? `${w}3年3月31日` : w)),
    ]);
    const file = await sheet("prototype.xlsx", [header, ...rows]);
    const { code, stdout, stderr } = await cli("annotate", file, "--json", "--as-of", "2025-10-01");
    expect([code, stderr]).toEqual([0, ""]);
    const results = (JSON.parse(stdout) as unknown[]).map((r) => JsonRow.parse(r));
    expect(results).toHaveLength(PROTOTYPE_WORDS.length);
    for (const r of results) {
      const codes = r.warnings.filter((w) => w.severity === "error").map((w) => w.code);
      expect(codes.sort()).toEqual([...DATE.map(() => "INVALID_DATE"), ...CHOICE.map(() => "INVALID_VALUE")]);
      expect(r.lines).toEqual([]);
    }
  });
});

describe("numbers that cannot be computed exactly", () => {
  test("1e15 and 2^53−1 as quantities, 2^53−1 years, and sums past 2^53: TOO_LARGE rows, a quote, exit 0", async () => {
    const file = await sheet("huge.xlsx", [
      ["製品名", "用途", "数量", "保守契約", "年数"],
      ["WebSAM JMSS", "JMSSサーバ", 1e15, "あり", null],
      ["JMSSクライアント", "クライアント", 2 ** 53 - 1, "あり", null],
      ["Enterprise Architect", null, 3, null, 2 ** 53 - 1],
      ...Array.from({ length: 30 }, () => ["JMSSクライアント", "クライアント", 10_000_000, "あり", null]),
    ]);
    const { code, stdout, stderr } = await cli("quote", file, "--json", "--as-of", "2025-10-01");
    expect([code, stderr]).toEqual([0, ""]);
    const [quote] = (JSON.parse(stdout) as unknown[]).map((q) => Quote.parse(q));
    const tooLarge = quote?.warnings.filter((w) => w.code === "TOO_LARGE").flatMap((w) => w.rows);
    expect(tooLarge).toEqual([2, 3, 4]);
    const clients = quote?.lines
      .filter((l) => l.product.includes("CL/Win"))
      .reduce((n, l) => n + l.quantity * (l.product.includes("5 Licenses") ? 5 : 1), 0);
    expect(clients).toBe(30 * 10_000_000);
    // and the copy is written with the rows' errors in it
    const out = path.join(dir, "huge.quote.xlsx");
    expect((await cli("quote", file, "--out", out, "--as-of", "2025-10-01")).code).toBe(0);
  });
});

test("a formula saved without its calculated value (as openpyxl writes it) says to recalculate, on its row", async () => {
  const file = await writePackage(
    path.join(dir, "formula.xlsx"),
    packageParts({
      rows:
        row(1, ["製品名", "数量"]) +
        `<row r="2"><c r="A2" t="inlineStr"><is><t>WebSAM JMSS</t></is></c><c r="B2"><f>SUM(C2:C9)</f><v></v></c></row>`,
    }),
  );
  const { code, stdout } = await cli("annotate", file, "--json");
  expect(code).toBe(0);
  const [r] = (JSON.parse(stdout) as unknown[]).map((x) => JsonRow.parse(x));
  expect(r?.warnings.map((w) => [w.code, w.message])).toEqual([
    ["FORMULA_NOT_CALCULATED", expect.stringContaining("=SUM(C2:C9)")],
  ]);
  expect(r?.warnings[0]?.message).toMatch(/再計算/);
});

test("no written cell passes 32,767 characters: a longer text is cut with a visible marker", async () => {
  // another edition than the one held (M1): a line buying the version wished for, named as the cell names it
  const wished = `Windows 10 Enterprise ${"x".repeat(40_000)}`;
  const file = await sheet("long.xlsx", [
    ["製品名", "数量", "使用バージョン"],
    ["Windows 11 Pro", 1, wished],
  ]);
  const out = path.join(dir, "long.annotated.xlsx");
  expect((await cli("quote", file, "--out", out)).code).toBe(0);
  const zip = await JSZip.loadAsync(readFileSync(out));
  const sst = (await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "";
  const texts = [...sst.matchAll(/<t xml:space="preserve">([^<]*)<\/t>/g)].map((m) => m[1] ?? "");
  const longest = texts.reduce((a, b) => (b.length > a.length ? b : a), "");
  expect(longest.length).toBe(MAX_CELL_CHARS);
  expect(longest.endsWith("…(以下省略)")).toBe(true);
});
