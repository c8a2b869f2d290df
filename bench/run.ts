// npm run bench — speed as ratios against baselines measured in the same run (machines are noisy).
//  (a) read → evaluate → render over Excel's full sheet (1,048,576 rows) vs a pass-through loop over the same values
//  (b) the CLI on a 100,000-row workbook vs plain exceljs read + write of the same file
//  (c) one custom-function call over 100,000 rows vs the core evaluating the same rows (bench/functions.ts)
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { FULL_SHEET } from "./generate";

const CLI_ROWS = Number(process.env.BENCH_CLI_ROWS ?? 100_000);
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const list = (xs: readonly number[]) => xs.map((x) => x.toFixed(2)).join(", ");

/** Run a bench script in a fresh process (so no run inherits another's heap) and return what it printed. */
const runScript = (script: string, ...args: string[]): string =>
  execFileSync(process.execPath, ["--max-old-space-size=8192", "--import", "tsx", script, ...args], { encoding: "utf8" }).trim();

interface CoreRun {
  rules: number;
  base: number;
  heapAfter: number;
  heapGrew: number;
  rss: number;
}

function benchCore(): string[] {
  // Three runs, median reported: this VM's speed drifts by tens of percent over minutes.
  const runs = [0, 1, 2].map(() => JSON.parse(runScript("bench/core-case.ts")) as CoreRun);
  const rules = median(runs.map((r) => r.rules));
  const base = median(runs.map((r) => r.base));
  const last = runs[runs.length - 1] as CoreRun;
  return [
    `(a) full sheet, ${fmt(FULL_SHEET)} rows: read → evaluate → render median ${rules.toFixed(2)} s (${list(runs.map((r) => r.rules))}; ${fmt(FULL_SHEET / rules)} rows/s)`,
    `    pass-through loop median ${base.toFixed(3)} s (${fmt(FULL_SHEET / base)} rows/s); ratio ${(rules / base).toFixed(1)}×`,
    `    heap after ${mib(last.heapAfter)} (grew ${mib(last.heapGrew)}); peak RSS ${mib(last.rss)}`,
    `    targets (issue 13): under 1 s → ${rules < 1 ? "met" : "NOT met"}; about 10× the pass-through or less → ${rules / base <= 10 ? "met" : "NOT met"}`,
  ];
}

/** One bench/cli-case.ts case, in a fresh process: its seconds. */
const runCase = (...args: string[]): number => Number(runScript("bench/cli-case.ts", ...args) || "0");

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
  const ratio = median(cli) / median(plain);
  return [
    `(b) CLI annotate, ${fmt(CLI_ROWS)} rows: median ${median(cli).toFixed(2)} s (${list(cli)}); plain exceljs read + write median ${median(plain).toFixed(2)} s (${list(plain)}); ratio ${ratio.toFixed(2)}×`,
    `    target: at most 0.3× → ${ratio <= 0.3 ? "met" : "NOT met"}`,
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
