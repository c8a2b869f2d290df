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
 * Decide every JMSS row of one inventory: base rows (J1-J3, J6-J8, J10), then clients (J4), options (J5), J15.
 * Base rows are decided alone, except the pool rows that lend or borrow (J3), decided together — a pool row that wants
 * what it holds takes no part in the pool. Clients come last: they take the CL/Win bundled with the plan's MG (J4).
 */
export function decideJmss(holdings: readonly Holding[], ctx: Context): RowResult[] {
  const drafts: Draft[] = new Array(holdings.length);
  // The JobCenter server product each base row migrates to (none for other rows, or a base row in error).
  const targets: (BaseTarget | undefined)[] = new Array(holdings.length);
  const kinds = holdings.map(rowKind);
  const pool: BasePlan[] = [];
  const poolAt: number[] = [];
  const clientsAt: number[] = [];
  for (let i = 0; i < holdings.length; i++) {
    const h = holdings[i] as Holding;
    const kind = kinds[i];
    if (kind === "client") clientsAt.push(i);
    else if (kind === "option") drafts[i] = decideOption(h);
    else if (kind === "unknown") drafts[i] = decideUnknown(h);
    else {
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
  }
  allocatePool(pool).forEach((d, k) => (drafts[poolAt[k] as number] = d));
  const mg = mgInPlan(drafts, targets);
  const clients = decideClients(
    clientsAt.map((i) => holdings[i] as Holding),
    mg,
  );
  clients.forEach((d, k) => (drafts[clientsAt[k] as number] = d));
  finishDrafts(drafts, { holdings, kinds, targets }, mg, ctx);
  return drafts;
}

/** JMSS → JobCenter (seed 000): every row whose product names JMSS. Its drafts are finished results (see finishDrafts). */
export const jmssPack: Pack = {
  id: "jmss",
  claims: (h) => isJmss(h.product),
  decide: decideJmss,
  finished: true,
};
