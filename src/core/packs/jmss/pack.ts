// The JMSS → JobCenter pack (SPEC §4, seed 000): claims JMSS rows and decides them together (J3 and J4 look across rows).
import { error, info } from "../../findings";
import type { Context, Decision, Holding, Pack } from "../../model";
import type { BasePlan } from "./base-rows";
import { decideNormal, decideProcessor, resolveBase } from "./base-rows";
import { decideClients } from "./clients";
import type { Draft } from "./draft";
import { draftOf, ownLine } from "./draft";
import { addNotes, mgInPlan } from "./notes";
import { allocatePool } from "./pool";
import type { RowKind } from "./products";
import { isJmss, rowKind } from "./products";

/** J5, §2 (2): JMSSのオプション製品につきましては、移行先となるJobCenter製品はありません. */
const decideOption = (h: Holding): Draft =>
  draftOf(h, { lines: [ownLine(h, h.quantity, "END_OF_USE")], findings: [info("OPTION_NO_TARGET", "J5")], rules: ["J5"] });

/** J15: looks like JMSS, matches no catalog entry. */
const decideUnknown = (h: Holding): Draft => draftOf(h, { findings: [error("UNKNOWN_PRODUCT", "J15")] });

function decideBaseRows(holdings: readonly Holding[]): Draft[] {
  const drafts: Draft[] = [];
  const pool: BasePlan[] = [];
  for (const h of holdings) {
    const r = resolveBase(h);
    if (!r.ok) drafts.push(draftOf(h, { findings: r.findings }));
    else if (r.plan.mode === "pool") pool.push(r.plan);
    else drafts.push(r.plan.mode === "processor" ? decideProcessor(r.plan) : decideNormal(r.plan));
  }
  return [...drafts, ...allocatePool(pool)];
}

/** Decide every JMSS row of one inventory: base rows (J1-J3, J6-J8, J10), then clients (J4), options (J5), J15. */
export function decideJmss(holdings: readonly Holding[], ctx: Context): Decision[] {
  const kinds = new Map<number, RowKind>(holdings.map((h) => [h.row, rowKind(h)]));
  const ofKind = (k: RowKind): Holding[] => holdings.filter((h) => kinds.get(h.row) === k);
  const base = decideBaseRows(ofKind("base"));
  const drafts = [
    ...base,
    ...decideClients(ofKind("client"), mgInPlan(base)),
    ...ofKind("option").map(decideOption),
    ...ofKind("unknown").map(decideUnknown),
  ];
  addNotes(drafts, kinds, ctx);
  const byRow = new Map(drafts.map((d) => [d.holding.row, d]));
  return holdings.flatMap((h) => {
    const d = byRow.get(h.row);
    return d ? [{ row: d.holding.row, lines: d.lines, findings: d.findings, rules: d.rules }] : [];
  });
}

/** JMSS → JobCenter (seed 000): every row whose product names JMSS. */
export const jmssPack: Pack = {
  id: "jmss",
  claims: (h) => isJmss(h.product),
  decide: decideJmss,
};
