// Seeded fuzz of the CLI's file path: rows of random hostile cell values (XML specials, control characters, astral
// characters, huge, negative and odd numbers, dates in every accepted form and broken ones, Object.prototype's names,
// very long text, formulas without a value, errors, booleans, shared and inline strings) written as a workbook,
// annotated and quoted in-process. No crash, exit 0, a well-formed copy, every input cell unchanged.
// CI runs a few thousand rows; `npm run fuzz` runs 100,000 (FUZZ_ROWS, FUZZ_SEED to change).
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { runCli } from "../../src/cli/cli";
import { escapeText } from "../../src/cli/xml";
import { COLUMNS } from "../../src/core/inventory/headers";
import { JsonRow } from "../../src/core/model";
import { Quote } from "../../src/core/quote";
import { checkCopy } from "./corpus/check-copy";
import { packageParts, writePackage } from "./corpus/package";

const ROWS = Number(process.env.FUZZ_ROWS ?? 1_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_206);

/** mulberry32: a small seeded generator, so a failure can be run again. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// every column the reader knows, and one it does not
const HEADER = [...COLUMNS.map((c) => c.headers[0] ?? c.key), "備考"];
const WORDS = [
  "WebSAM JMSS",
  "ESMPRO/JMSS Ver7.2",
  "JMSSクライアント",
  "ESMPRO/JMSS クラスタ連携オプション",
  "Enterprise Architect Corporate",
  "Windows 11 Pro",
  "Windows 10 Enterprise",
  "Office LTSC Professional Plus 2021",
  "JMSSサーバ",
  "稼働マシン",
  "クライアント",
  "あり",
  "なし",
  "○",
  "×",
  "MG",
  "SV/AG",
  "CL/Win",
  "プロセッサ",
  "月額",
  "更新",
  "アップグレード",
  "個人",
  "法人",
  "パッケージ",
  "ダイレクト",
];
const PROTOTYPE = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "__defineGetter__", "prototype"];
const DATES = [
  "2021-03-31",
  "2021/3/31",
  "2021年3月31日",
  "令和3年3月31日",
  "R3.3.31",
  "平成31年4月30日",
  "H31.4.30",
  "2021-02-30",
  "令和99年13月1日",
  "0000/00/00",
  "9999-12-31",
  "1900-02-29",
  "R元.5.1",
  "2021/3/31 12:34",
];
const NUMBERS = [
  0,
  -0,
  1,
  -1,
  3,
  0.5,
  1e15,
  -1e15,
  2 ** 53 - 1,
  2 ** 53 + 2,
  1e308,
  5e-324,
  10_000_000,
  10_000_001,
  99,
  100,
  46_112,
  2_958_465,
  2_958_466,
  60,
  -46112,
];
const SPECIALS = [
  "&",
  "<",
  ">",
  '"',
  "'",
  "]]>",
  '<c r="A1">',
  "</row>",
  "&amp;",
  "&#x0;",
  "<!--",
  "-->",
  "<![CDATA[",
  "_x0001_",
  "\t",
  "\n",
  "\r\n",
  " ",
  "\u3000",
  "\u00a0",
  "𠮷",
  "🙂",
  "\ufeff",
  "\u0001",
  "\u001f",
  "\ud800",
  "\udfff",
  "\uffff",
];

function hostileText(next: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const r = next();
  if (r < 0.3) return pick(WORDS);
  if (r < 0.4) return pick(PROTOTYPE);
  if (r < 0.55) return pick(DATES);
  if (r < 0.6) return `${pick(["", " ", "１", "三"])}${Math.floor(next() * 1e6)}${pick(["", "本", "台", ",000", ".5"])}`;
  if (r < 0.6005) return "長".repeat(32_000 + Math.floor(next() * 2_000)); // past a cell's 32,767 once ours adds to it
  let s = "";
  for (let i = Math.floor(next() * 8); i >= 0; i--) s += next() < 0.5 ? pick(SPECIALS) : pick(WORDS);
  return s;
}

/** One random cell's XML at `ref` (or nothing): a value of every type the reader knows. */
function hostileCell(ref: string, next: () => number, strings: string[]): string {
  const r = next();
  if (r < 0.08) return "";
  if (r < 0.45) return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeText(hostileText(next))}</t></is></c>`;
  if (r < 0.6) {
    strings.push(escapeText(hostileText(next)));
    return `<c r="${ref}" t="s"><v>${strings.length - 1}</v></c>`;
  }
  if (r < 0.75) return `<c r="${ref}"><v>${NUMBERS[Math.floor(next() * NUMBERS.length)]}</v></c>`;
  if (r < 0.82) return `<c r="${ref}" s="1"><v>${Math.floor(next() * 80_000) - 5_000}</v></c>`; // a date format
  if (r < 0.86) return `<c r="${ref}" t="b"><v>${next() < 0.5 ? 1 : 0}</v></c>`;
  if (r < 0.9) return `<c r="${ref}" t="e"><v>${["#N/A", "#VALUE!", "#REF!", "#DIV/0!"][Math.floor(next() * 4)]}</v></c>`;
  if (r < 0.95) return `<c r="${ref}"><f>${escapeText('SUM(A1:A9)&"<"')}</f></c>`; // no cached value
  return `<c r="${ref}" t="str"><f>A1</f><v>${escapeText(hostileText(next))}</v></c>`;
}

function letters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

test(`${ROWS.toLocaleString("en-US")} rows of hostile cells (seed ${SEED}): annotated and quoted, exit 0, every input cell unchanged`, async () => {
  const next = random(SEED);
  const strings: string[] = [];
  const head = `<row r="1">${HEADER.map((h, i) => `<c r="${letters(i + 1)}1" t="inlineStr"><is><t>${h}</t></is></c>`).join("")}</row>`;
  const rows: string[] = [head];
  for (let r = 2; r <= ROWS + 1; r++) {
    let cells = "";
    for (let c = 1; c <= HEADER.length; c++) cells += hostileCell(`${letters(c)}${r}`, next, strings);
    rows.push(`<row r="${r}">${cells}</row>`);
  }
  const dir = mkdtempSync(path.join(tmpdir(), "license-rules-fuzz-"));
  const input = await writePackage(path.join(dir, "fuzz.xlsx"), packageParts({ rows: rows.join(""), strings }));
  const io = { out: (t: string) => printed.push(t), err: (t: string) => errors.push(t) };
  const printed: string[] = [];
  const errors: string[] = [];
  const now = new Date(2025, 9, 1);

  for (const command of ["annotate", "quote"] as const) {
    const out = path.join(dir, `${command}.xlsx`);
    expect(await runCli([command, input, "--out", out, "--as-of", "2025-10-01"], io, now), command).toBe(0);
    expect(errors).toEqual([]);
    await checkCopy(readFileSync(input), readFileSync(out));
  }
  printed.length = 0;
  expect(await runCli(["annotate", input, "--json"], io, now)).toBe(0);
  const results = (JSON.parse(printed.join("\n")) as unknown[]).map((r) => JsonRow.parse(r));
  expect(results.length).toBeGreaterThan(ROWS * 0.9);
  printed.length = 0;
  expect(await runCli(["quote", input, "--json"], io, now)).toBe(0);
  for (const q of JSON.parse(printed.join("\n")) as unknown[]) Quote.parse(q);
}, 1_800_000);
