// (c) One custom-function call over 100,000 rows — =JMSS.PRICECLASS(A2:A100001, …) as Excel passes it, column
// matrices in, one spilled column out — against the core evaluating the same rows directly (annotateValues +
// renderRow, what the CLI does before writing). Run alone: npx tsx bench/functions.ts  (BENCH_FN_ROWS to change).
import { pathToFileURL } from "node:url";
import { annotateValues } from "../src/core/annotate";
import type { IsoDate } from "../src/core/model";
import { renderRows } from "../src/render";
import { today } from "../src/functions/clock";
import { HEADER, generateValues } from "./generate";

const ROWS = Number(process.env.BENCH_FN_ROWS ?? 100_000);
const RUNS = 3;

/** Excel's CustomFunctions.Error, as far as the functions use it. */
function installExcelShim(): void {
  const g = globalThis as Record<string, unknown>;
  if (g.CustomFunctions) return;
  class CellError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  g.CustomFunctions = { Error: CellError, ErrorCode: { invalidValue: "#VALUE!" } };
}

function best(run: () => unknown): number {
  let fastest = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    run();
    fastest = Math.min(fastest, (performance.now() - t0) / 1000);
  }
  return fastest;
}

export async function benchFunctions(): Promise<string> {
  installExcelShim();
  const { priceClass } = await import("../src/functions/functions");
  const sheet = generateValues(ROWS).slice(1); // header + data rows, as the CLI would read them
  const data = sheet.slice(1);
  const column = (name: string): unknown[][] => {
    const i = HEADER.indexOf(name);
    return data.map((r) => [r[i] ?? null]);
  };
  // =JMSS.PRICECLASS(product, role, maintenance, , , , , quantity, targetQuantity)
  const args = [column("製品名"), column("用途"), column("保守契約"), null, null, null, null, column("数量"), column("移行数量")];
  const call = (): unknown[][] => (priceClass as (...a: unknown[]) => unknown[][])(...args);
  const asOf: IsoDate = today();
  const core = (): unknown => renderRows(annotateValues(sheet, { asOf, unified: false })?.results ?? [], "ja");

  const spilled = call();
  if (spilled.length !== data.length) throw new Error(`bench: the call spilled ${spilled.length} rows for ${data.length}`);
  const fn = best(call);
  const direct = best(core);
  const rate = (s: number): string => `${Math.round(data.length / s).toLocaleString("en-US")} rows/s`;
  return [
    `(c) custom function, one call over ${data.length.toLocaleString("en-US")} rows (JMSS.PRICECLASS): ${fn.toFixed(2)} s, ${rate(fn)}`,
    `    core on the same rows (annotateValues + renderRows): ${direct.toFixed(2)} s, ${rate(direct)}; ratio ${(fn / direct).toFixed(2)}×`,
  ].join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(await benchFunctions());
}
