// npm run bench — speed as ratios against baselines measured in the same run (machines are noisy).
//  (a) read → evaluate → render over Excel's full sheet (1,048,576 rows) vs a pass-through loop over the same values
//  (b) the CLI on a 100,000-row workbook vs plain exceljs read + write of the same file
//  (c) one custom-function call over 100,000 rows vs the core evaluating the same rows (bench/functions.ts)
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { annotateValues } from "../src/core/annotate";
import type { IsoDate } from "../src/core/model";
import { renderRows } from "../src/core/render";
import { generateValues } from "./generate";

const FULL_SHEET = 1_048_576 - 2; // Excel's last row, less the title and header rows
const CLI_ROWS = Number(process.env.BENCH_CLI_ROWS ?? 100_000);
const ctx = { asOf: "2025-10-01" as IsoDate, unified: false };
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const r = f();
  return [r, (performance.now() - t0) / 1000];
}

/** The baseline: touch every cell of every row and produce seven output cells per row, deciding nothing. */
function passThrough(values: readonly (readonly unknown[])[]): unknown[][] {
  const out: unknown[][] = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const r = values[i] ?? [];
    out[i] = [r[0], r[1], r[3], r[4], null, r[5] ?? null, r[2]];
  }
  return out;
}

function benchCore(): string[] {
  const values = generateValues(FULL_SHEET);
  const heapBefore = process.memoryUsage().heapUsed;
  const [, base] = time(() => passThrough(values));
  const [out, rules] = time(() => {
    const a = annotateValues(values, ctx);
    return a && renderRows(a.results, "ja");
  });
  const heapAfter = process.memoryUsage().heapUsed;
  if (!out || out.length !== FULL_SHEET) throw new Error("bench: the full sheet was not decided");
  return [
    `(a) full sheet, ${fmt(FULL_SHEET)} rows: read → evaluate → render ${rules.toFixed(2)} s (${fmt(FULL_SHEET / rules)} rows/s)`,
    `    pass-through loop ${base.toFixed(3)} s (${fmt(FULL_SHEET / base)} rows/s); ratio ${(rules / base).toFixed(1)}×`,
    `    heap after ${mib(heapAfter)} (grew ${mib(heapAfter - heapBefore)}); peak RSS so far ${mib(process.resourceUsage().maxRSS * 1024)}`,
    `    target: under 2 s → ${rules < 2 ? "met" : "NOT met"}`,
  ];
}

/** Run one bench/cli-case.ts case in a fresh process (so no case inherits another's heap) and return its seconds. */
function runCase(...args: string[]): number {
  const out = execFileSync(process.execPath, ["--max-old-space-size=8192", "--import", "tsx", "bench/cli-case.ts", ...args], {
    encoding: "utf8",
  });
  return Number(out.trim() || "0");
}

function benchCli(): string[] {
  const dir = path.resolve(".bench");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const input = path.join(dir, "inventory.xlsx");
  runCase("make", input, String(CLI_ROWS));
  // Alternate the two, three rounds, and compare medians: one run of either swings by a second on this machine.
  const plain: number[] = [];
  const cli: number[] = [];
  for (let round = 0; round < 3; round++) {
    plain.push(runCase("plain", input));
    cli.push(runCase("cli", input));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1] ?? 0;
  const list = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(", ");
  const ratio = median(cli) / median(plain);
  return [
    `(b) CLI annotate, ${fmt(CLI_ROWS)} rows: median ${median(cli).toFixed(2)} s (${list(cli)}); plain exceljs read + write median ${median(plain).toFixed(2)} s (${list(plain)}); ratio ${ratio.toFixed(2)}×`,
    `    target: under 1.5× → ${ratio < 1.5 ? "met" : "NOT met"}`,
  ];
}

async function benchFunctionsIfPresent(): Promise<string[]> {
  try {
    const mod = (await import("./functions")) as { benchFunctions?: () => Promise<string> };
    return mod.benchFunctions ? [(await mod.benchFunctions()).trimEnd()] : [];
  } catch (e) {
    return [`(c) custom functions: not measured (${(e as Error).message})`];
  }
}

const lines = [...benchCore(), ...benchCli(), ...(await benchFunctionsIfPresent())];
console.log(lines.join("\n"));
console.log(`peak RSS ${mib(process.resourceUsage().maxRSS * 1024)}; node ${process.version}; ${new Date().toISOString()}`);
