// Runs every pack over one inventory's rows. It never asks which vendor a row is: the first pack that claims it decides.
import { firedRules, info, newSheet, sharedFindings } from "./findings";
import type { ReadRow } from "./inventory/read";
import type { Context, Decision, DecidingPack, Holding, Pack, RowResult } from "./model";
import { PACKS } from "./packs";

const NOT_COVERED = sharedFindings([info("NOT_COVERED")]);
const UNCLAIMED = -1;

/** Evaluate one inventory (one sheet): row errors stay on their row; every other row is decided by one pack. */
export function evaluate(rows: readonly ReadRow[], ctx: Context, packs: readonly Pack[] = PACKS): RowResult[] {
  newSheet();
  const results: (RowResult | undefined)[] = new Array(rows.length);
  // The pack that decides each row, and how many rows each pack decides (arrays of a million rows are made at their
  // final size, not grown).
  const owner = new Int32Array(rows.length);
  const counts = packs.map(() => 0);
  let ascending = true;
  let previous = -Infinity;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    owner[i] = UNCLAIMED;
    if (r === undefined) continue; // a hole in the array stays a hole in the results
    if (!(r.row > previous)) ascending = false;
    previous = r.row;
    const h = r.holding;
    const p = h === undefined ? UNCLAIMED : claimant(packs, h);
    owner[i] = p;
    if (p !== UNCLAIMED) counts[p] = (counts[p] ?? 0) + 1;
    else {
      const findings = h === undefined ? r.findings : NOT_COVERED;
      results[i] = { row: r.row, lines: [], supportEnd: null, findings, rules: [] };
    }
  }
  // Rows in ascending order (as the reader gives them) have unique numbers, so an answer in offered order is the
  // offered row's. Anything else is placed by row number among the claimed rows, the last of a repeated number winning.
  let position: Map<number, number> | undefined;
  packs.forEach((pack, p) => {
    const count = counts[p] ?? 0;
    if (count === 0) return;
    // holdings[k] is rows[at[k]].holding
    const holdings: Holding[] = new Array(count);
    const at: number[] = new Array(count);
    for (let i = 0, k = 0; i < rows.length; i++) {
      if (owner[i] !== p) continue;
      holdings[k] = (rows[i] as ReadRow).holding as Holding;
      at[k++] = i;
    }
    const finished = pack.finished ? pack.decide(holdings, ctx) : undefined;
    const decisions: readonly Decision[] = finished ?? (pack as DecidingPack).decide(holdings, ctx);
    for (let k = 0; k < decisions.length; k++) {
      const d = decisions[k] as Decision;
      let i = at[k];
      if (!ascending || i === undefined || rows[i]?.row !== d.row) i = (position ??= claimedPositions(rows, owner)).get(d.row);
      if (i !== undefined) results[i] = finished?.[k] ?? toResult(d);
    }
  });
  return results as RowResult[];
}

function claimant(packs: readonly Pack[], h: Holding): number {
  for (let p = 0; p < packs.length; p++) if ((packs[p] as Pack).claims(h)) return p;
  return UNCLAIMED;
}

/** Row number → index of every claimed row, in sheet order (a repeated number keeps its last index). */
function claimedPositions(rows: readonly ReadRow[], owner: Int32Array): Map<number, number> {
  const position = new Map<number, number>();
  owner.forEach((p, i) => {
    if (p !== UNCLAIMED) position.set((rows[i] as ReadRow).row, i);
  });
  return position;
}

function toResult(d: Decision): RowResult {
  // a frozen list is already shared (or at least cannot change under the row)
  const findings = Object.isFrozen(d.findings) ? d.findings : sharedFindings(d.findings);
  return { row: d.row, lines: d.lines, supportEnd: d.supportEnd ?? null, findings, rules: firedRules(d.rules, findings) };
}
