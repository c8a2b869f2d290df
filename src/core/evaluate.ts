// Runs every pack over one inventory's rows. It never asks which vendor a row is: the first pack that claims a holding
// decides its rows. Rows alike share one holding (the reader sees to it), so each distinct holding is claimed and
// planned once, however many rows hold it, and rows decided alike share one Decision.
import { decided } from "./decision";
import { info } from "./findings";
import type { ReadRow, RowRead } from "./inventory/read";
import type { AnyPack, Context, Decision, Finding, Holding, RowResult } from "./model";
import { PACKS } from "./packs";
import { newSheet } from "./shared";

const NOT_COVERED = decided({ findings: [info("NOT_COVERED")] });

/**
 * The decision of every row of one inventory (one sheet): `decisions[i]` is for the row numbered `rows[i]` that reads
 * to `reads[i]`. A row that cannot be read keeps its errors; a row no pack claims is NOT_COVERED.
 */
export function decideRows(
  rows: readonly number[],
  reads: readonly (RowRead | undefined)[],
  ctx: Context,
  packs: readonly AnyPack[] = PACKS,
): Decision[] {
  newSheet();
  const n = reads.length;
  const decisions: Decision[] = new Array(n);
  // Each distinct holding's pack and plan, and each distinct reading error's decision: asked once, however many rows.
  const claims = new Map<Holding, Claim>();
  const unread = new Map<Finding[], Decision>();
  // Each claimed row's claim, and how many rows each pack claims (a million rows' arrays are made at their size).
  const claimOf: (Claim | undefined)[] = new Array(n);
  const counts = packs.map(() => 0);
  for (let i = 0; i < n; i++) {
    const r = reads[i];
    if (r === undefined) continue; // a hole in the array stays a hole in the results
    const h = r.holding;
    if (h === undefined) {
      let d = unread.get(r.findings);
      if (d === undefined) unread.set(r.findings, (d = decided({ findings: r.findings })));
      decisions[i] = d;
      continue;
    }
    let claim = claims.get(h);
    if (claim === undefined) claims.set(h, (claim = claimFor(packs, h, ctx)));
    if (claim === NO_CLAIM) decisions[i] = NOT_COVERED;
    else {
      claimOf[i] = claim;
      counts[claim.pack] = (counts[claim.pack] as number) + 1;
    }
  }
  packs.forEach((pack, p) => {
    const count = counts[p] as number;
    if (count === 0) return;
    // The pack's rows, in the order given: their indexes, sheet row numbers and plans.
    const at: number[] = new Array(count);
    const packRows: number[] = new Array(count);
    const plans: unknown[] = new Array(count);
    for (let i = 0, k = 0; i < n; i++) {
      const claim = claimOf[i];
      if (claim?.pack !== p) continue;
      at[k] = i;
      packRows[k] = rows[i] as number;
      plans[k++] = claim.plan;
    }
    const made = pack.decide(packRows, plans as never[], ctx);
    for (let k = 0; k < count; k++) decisions[at[k] as number] = made[k] as Decision;
  });
  return decisions;
}

/** The pack that decides a holding's rows (the first that claims it) and its plan of the holding. */
interface Claim {
  readonly pack: number;
  readonly plan: unknown;
}

const NO_CLAIM: Claim = { pack: -1, plan: undefined };

function claimFor(packs: readonly AnyPack[], h: Holding, ctx: Context): Claim {
  for (let p = 0; p < packs.length; p++) {
    const pack = packs[p] as AnyPack;
    if (pack.claims(h)) return { pack: p, plan: pack.plan(h, ctx) };
  }
  return NO_CLAIM;
}

/** A row's result: its number and its decision. */
export const resultOf = (row: number, d: Decision): RowResult => ({
  row,
  lines: d.lines,
  supportEnd: d.supportEnd,
  findings: d.findings,
  rules: d.rules,
});

/** Evaluate rows given as objects (see decideRows): one result per row, in the order given. */
export function evaluate(rows: readonly ReadRow[], ctx: Context, packs: readonly AnyPack[] = PACKS): RowResult[] {
  const decisions = decideRows(
    rows.map((r) => r?.row as number),
    rows,
    ctx,
    packs,
  );
  return rows.map((r, i) => resultOf(r.row, decisions[i] as Decision));
}
