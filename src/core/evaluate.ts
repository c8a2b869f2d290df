// Runs every pack over one inventory's rows. It never asks which vendor a row is: the first pack that claims it decides.
import { info, sortRules } from "./findings";
import type { ReadRow } from "./inventory/read";
import type { Context, Decision, Holding, Pack, RowResult } from "./model";
import { PACKS } from "./packs";

const NOT_COVERED = info("NOT_COVERED");

/** Evaluate one inventory (one sheet): row errors stay on their row; every other row is decided by one pack. */
export function evaluate(rows: readonly ReadRow[], ctx: Context, packs: readonly Pack[] = PACKS): RowResult[] {
  const results: (RowResult | undefined)[] = new Array(rows.length);
  const claimed = packs.map((): Holding[] => []);
  const position = new Map<number, number>();
  rows.forEach((r, i) => {
    const h = r.holding;
    const p = h === undefined ? -1 : packs.findIndex((pack) => pack.claims(h));
    if (h !== undefined && p >= 0) {
      claimed[p]?.push(h);
      position.set(r.row, i);
    } else {
      const findings = h === undefined ? r.findings : [NOT_COVERED];
      results[i] = { row: r.row, lines: [], supportEnd: null, findings, rules: [] };
    }
  });
  packs.forEach((pack, p) => {
    const holdings = claimed[p] ?? [];
    if (holdings.length === 0) return;
    for (const d of pack.decide(holdings, ctx)) {
      const i = position.get(d.row);
      if (i !== undefined) results[i] = toResult(d);
    }
  });
  return results.map((r, i) => r ?? internalMiss(rows[i]?.row));
}

function toResult(d: Decision): RowResult {
  const rules = sortRules([...d.rules, ...d.findings.flatMap((f) => (f.rule ? [f.rule] : []))]);
  return { row: d.row, lines: d.lines, supportEnd: d.supportEnd ?? null, findings: d.findings, rules };
}

function internalMiss(row: number | undefined): never {
  // A pack that claims a row must decide it: this is a bug, not bad input.
  throw new Error(`no decision for row ${row}`);
}
