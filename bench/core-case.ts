// Bench (a) once, in a fresh process: read → evaluate → render over Excel's full sheet, and the pass-through loop over
// the same values. Prints one JSON line: seconds for each, the heap after and what it grew by, peak RSS (bytes).
import { annotateValues } from "../src/core/annotate";
import type { IsoDate } from "../src/core/model";
import { renderDecisions } from "../src/render";
import { FULL_SHEET, generateValues } from "./generate";

const ctx = { asOf: "2025-10-01" as IsoDate, unified: false };

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

const values = generateValues(FULL_SHEET);
const heapBefore = process.memoryUsage().heapUsed;
const [, base] = time(() => passThrough(values));
const [out, rules] = time(() => {
  const a = annotateValues(values, ctx);
  return a && renderDecisions(a.decisions, "ja");
});
const heapAfter = process.memoryUsage().heapUsed;
if (!out || out.length !== FULL_SHEET) throw new Error("bench: the full sheet was not decided");
console.log(
  JSON.stringify({ rules, base, heapAfter, heapGrew: heapAfter - heapBefore, rss: process.resourceUsage().maxRSS * 1024 }),
);
