// The JMSS → JobCenter pack (SPEC §4, seed 000): claims JMSS rows and decides them together (J3 and J4 look across rows).
import { error, info, sharedFindings, sharedRules } from "../../findings";
import type { Context, Holding, Pack, RowResult } from "../../model";
import type { BasePlan } from "./base-rows";
import { decideNormal, decideProcessor, resolveBase } from "./base-rows";
import { decideClients } from "./clients";
import type { BaseTarget, Draft } from "./draft";
import { draftOf, ownLines } from "./draft";
import { finishDrafts, mgInPlan } from "./notes";
import { allocatePool, keepOwn } from "./pool";
import { isJmss, rowKind } from "./products";

const OPTION_NO_TARGET = sharedFindings([info("OPTION_NO_TARGET", "J5")]);
const J5 = sharedRules(["J5"]);
const UNKNOWN_PRODUCT = sharedFindings([error("UNKNOWN_PRODUCT", "J15")]);

/** J5, §2 (2): JMSSのオプション製品につきましては、移行先となるJobCenter製品はありません. */
const decideOption = (h: Holding): Draft =>
  draftOf(h, { lines: ownLines(h, h.quantity, "END_OF_USE"), findings: OPTION_NO_TARGET, rules: J5 });

/** J15: looks like JMSS, matches no catalog entry. */
const decideUnknown = (h: Holding): Draft => draftOf(h, { findings: UNKNOWN_PRODUCT });

/**
 * One draft per base row, in the order given, and the JobCenter server product each migrates to (none for a row in
 * error): the pool rows that lend or borrow (J3) are decided together, the others alone — a pool row that wants what
 * it holds takes no part in the pool, so it is decided at once.
 */
function decideBaseRows(holdings: readonly Holding[]): { drafts: Draft[]; targets: (BaseTarget | undefined)[] } {
  const drafts: Draft[] = new Array(holdings.length);
  const targets: (BaseTarget | undefined)[] = new Array(holdings.length);
  const pool: BasePlan[] = [];
  const poolAt: number[] = [];
  for (let i = 0; i < holdings.length; i++) {
    const h = holdings[i] as Holding;
    const plan = resolveBase(h);
    if (!plan.ok) {
      drafts[i] = draftOf(h, { findings: plan.findings });
      continue;
    }
    targets[i] = plan.target;
    if (plan.mode === "processor") drafts[i] = decideProcessor(plan);
    else if (plan.mode === "normal") drafts[i] = decideNormal(plan);
    else if (plan.want === h.quantity) drafts[i] = keepOwn(plan);
    else {
      pool.push(plan);
      poolAt.push(i);
    }
  }
  allocatePool(pool).forEach((d, k) => (drafts[poolAt[k] as number] = d));
  return { drafts, targets };
}

/** Decide every JMSS row of one inventory: base rows (J1-J3, J6-J8, J10), then clients (J4), options (J5), J15. */
export function decideJmss(holdings: readonly Holding[], ctx: Context): RowResult[] {
  const drafts: Draft[] = new Array(holdings.length);
  const targets: (BaseTarget | undefined)[] = new Array(holdings.length);
  const kinds = holdings.map(rowKind);
  // Base rows and clients are decided together (J3, J4); options and unknown products alone.
  const base = new Grouped();
  const clients = new Grouped();
  kinds.forEach((kind, i) => {
    const h = holdings[i] as Holding;
    if (kind === "base") base.add(h, i);
    else if (kind === "client") clients.add(h, i);
    else drafts[i] = kind === "option" ? decideOption(h) : decideUnknown(h);
  });
  const decided = decideBaseRows(base.holdings);
  const mg = mgInPlan(decided.drafts, decided.targets);
  base.place(decided.drafts, drafts);
  base.place(decided.targets, targets);
  clients.place(decideClients(clients.holdings, mg), drafts);
  finishDrafts(drafts, { holdings, kinds, targets }, mg, ctx);
  return drafts;
}

/** Some of the holdings, and where each stands among all of them. */
class Grouped {
  readonly holdings: Holding[] = [];
  private readonly at: number[] = [];

  add(h: Holding, i: number): void {
    this.holdings.push(h);
    this.at.push(i);
  }

  /** Put what the group decided (one per holding of the group, in order) where their holdings stand. */
  place<T>(decided: readonly T[], all: T[]): void {
    for (let k = 0; k < decided.length; k++) all[this.at[k] as number] = decided[k] as T;
  }
}

/** JMSS → JobCenter (seed 000): every row whose product names JMSS. Its drafts are finished results (see finishDrafts). */
export const jmssPack: Pack = {
  id: "jmss",
  claims: (h) => isJmss(h.product),
  decide: decideJmss,
  finished: true,
};
