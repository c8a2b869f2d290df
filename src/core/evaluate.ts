// Runs every pack over one inventory's rows. It never asks which vendor a row is: the first pack that claims it decides.
import { info, sortRules } from "./findings";
import type { ReadRow } from "./inventory/read";
import type { Context, Decision, Holding, Pack, RowResult } from "./model";
import { PACKS } from "./packs";

/** Evaluate one inventory (one sheet): row errors stay on their row; every other row is decided by one pack. */
export function evaluate(rows: readonly ReadRow[], ctx: Context, packs: readonly Pack[] = PACKS): RowResult[] {
  const claimed = packs.map((): Holding[] => []);
  const byRow = new Map<number, RowResult>();
  for (const r of rows) {
    if (!r.holding) {
      byRow.set(r.row, { row: r.row, lines: [], supportEnd: null, findings: r.findings, rules: [] });
      continue;
    }
    const i = packs.findIndex((p) => p.claims(r.holding as Holding));
    if (i < 0) byRow.set(r.row, { row: r.row, lines: [], supportEnd: null, findings: [info("NOT_COVERED")], rules: [] });
    else claimed[i]?.push(r.holding);
  }
  packs.forEach((pack, i) => {
    const holdings = claimed[i] ?? [];
    if (holdings.length > 0) for (const d of pack.decide(holdings, ctx)) byRow.set(d.row, toResult(d));
  });
  return rows.map((r) => byRow.get(r.row) ?? internalMiss(r.row));
}

function toResult(d: Decision): RowResult {
  const rules = sortRules([...d.rules, ...d.findings.flatMap((f) => (f.rule ? [f.rule] : []))]);
  return { row: d.row, lines: d.lines, supportEnd: d.supportEnd ?? null, findings: d.findings, rules };
}

function internalMiss(row: number): never {
  // A pack that claims a row must decide it: this is a bug, not bad input.
  throw new Error(`no decision for row ${row}`);
}
