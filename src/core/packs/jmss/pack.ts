// The JMSS → JobCenter pack (SPEC §4, seed 000): claims JMSS rows and decides them together (J3 and J4 look across rows).
import { error, info } from "../../findings";
import type { Context, Decision, Holding } from "../../model";
import { definePack } from "../../model";
import type { BasePlan } from "./base-rows";
import { decideNormal, decideProcessor, resolveBase } from "./base-rows";
import type { ClientPlan } from "./clients";
import { clientError, decideClient, planClient } from "./clients";
import type { Draft } from "./lines";
import { mergeLines, ownLine } from "./lines";
import type { RowFacts } from "./notes";
import { finish, mgBought } from "./notes";
import type { PoolRow } from "./pool";
import { allocatePool, keepOwn } from "./pool";
import { jmssQuoteRules } from "./quote";
import { isJmss, rowKind } from "./products";

const OPTION_NO_TARGET = info("OPTION_NO_TARGET", "J5");
const UNKNOWN_PRODUCT = error("UNKNOWN_PRODUCT", "J15");

/**
 * What a holding decides on its own: a draft (most rows, with the JobCenter MG it buys, J4), or — for the two rules
 * that look across rows — a J3 pool row (it wants more or fewer licences than it holds) or a J4 client (it takes the
 * CL/Win bundled with the plan's MG).
 */
export type JmssPlan = RowFacts &
  (
    | { readonly step: "alone"; readonly draft: Draft; readonly mg: number }
    | { readonly step: "pool"; readonly base: BasePlan }
    | { readonly step: "client"; readonly client: ClientPlan; readonly unbundled: Draft }
  );

/** Base rows (J1-J3, J6-J8, J10), clients (J4), options (J5) and J15, as far as the holding alone decides them. */
export function planJmss(h: Holding): JmssPlan {
  const kind = rowKind(h);
  const facts: RowFacts = { holding: h, kind, target: undefined };
  const alone = (draft: Draft, f: RowFacts = facts): JmssPlan => ({ ...f, step: "alone", draft, mg: mgBought(draft, f) });
  switch (kind) {
    case "option": // J5, §2 (2): JMSSのオプション製品につきましては、移行先となるJobCenter製品はありません
      return alone({ lines: mergeLines([ownLine(h, h.quantity, "END_OF_USE")]), findings: [OPTION_NO_TARGET], rules: ["J5"] });
    case "unknown": // J15: looks like JMSS, matches no catalog entry
      return alone({ lines: [], findings: [UNKNOWN_PRODUCT], rules: [] });
    case "client": {
      const bad = clientError(h);
      if (bad) return alone({ lines: [], findings: [bad], rules: [] });
      const client = planClient(h);
      return { ...facts, step: "client", client, unbundled: decideClient(client, 0) };
    }
    case "base": {
      const base = resolveBase(h);
      if (!base.ok) return alone({ lines: [], findings: base.findings, rules: [] });
      const based: RowFacts = { ...facts, target: base.target };
      if (base.mode === "processor") return alone(decideProcessor(base), based);
      if (base.mode === "normal") return alone(decideNormal(base), based);
      // A pool row that wants what it holds takes no part in the pool.
      if (base.want === h.quantity) return alone(keepOwn(base), based);
      return { ...based, step: "pool", base };
    }
  }
}

/**
 * Decide every JMSS row of one inventory. The pool rows that lend or borrow (J3) are decided together, in sheet order;
 * then clients take the CL/Win bundled with the plan's MG (J4), in sheet order; then every row gets its notes. Rows
 * planned alike share one decision (but for the pool's, whose findings name rows).
 */
export function decideJmss(rows: readonly number[], plans: readonly JmssPlan[], ctx: Context): Decision[] {
  const poolAt: number[] = [];
  const clientsAt: number[] = [];
  let mg = 0;
  for (let i = 0; i < rows.length; i++) {
    const p = plans[i] as JmssPlan;
    if (p.step === "alone") mg += p.mg;
    else (p.step === "pool" ? poolAt : clientsAt).push(i);
  }
  const pool = inSheetOrder(poolAt, rows).map((i): PoolRow => ({ row: rows[i] as number, plan: planAt(plans, i, "pool").base }));
  const pooled = allocatePool(pool);
  pooled.forEach((d, k) => (mg += mgBought(d, plans[poolAt[k] as number] as JmssPlan)));
  // J4: the CL/Win bundled with each MG go to client rows in sheet order; rows past them buy all they need.
  let bundled = mg;
  const taking = new Map<ClientPlan, Map<number, Draft>>();
  const clients = inSheetOrder(clientsAt, rows).map((i) => {
    const p = planAt(plans, i, "client");
    const fromMg = Math.min(p.client.need, bundled);
    bundled -= fromMg;
    return fromMg === 0 ? p.unbundled : takeBundled(taking, p.client, fromMg);
  });
  // Notes: rows with the same draft share one decision.
  const finished = new Map<Draft, Decision>();
  const decided = (d: Draft, i: number): Decision => {
    let decision = finished.get(d);
    if (decision === undefined) {
      decision = finish(d, plans[i] as JmssPlan, mg === 0, ctx);
      if (!d.own) finished.set(d, decision);
    }
    return decision;
  };
  const decisions: Decision[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const p = plans[i] as JmssPlan;
    if (p.step === "alone") decisions[i] = decided(p.draft, i);
  }
  poolAt.forEach((i, k) => (decisions[i] = decided(pooled[k] as Draft, i)));
  clientsAt.forEach((i, k) => (decisions[i] = decided(clients[k] as Draft, i)));
  return decisions;
}

/** Row i's plan, which the caller knows to be of this step. */
const planAt = <S extends JmssPlan["step"]>(plans: readonly JmssPlan[], i: number, _step: S): JmssPlan & { step: S } =>
  plans[i] as JmssPlan & { step: S };

/** Sort indexes of rows by their sheet row, in place (stable; rows come in order as a rule, and are then left alone). */
function inSheetOrder(at: number[], rows: readonly number[]): number[] {
  for (let k = 1; k < at.length; k++) {
    if ((rows[at[k] as number] as number) < (rows[at[k - 1] as number] as number)) {
      return at.sort((a, b) => (rows[a] as number) - (rows[b] as number) || a - b);
    }
  }
  return at;
}

function takeBundled(taking: Map<ClientPlan, Map<number, Draft>>, client: ClientPlan, fromMg: number): Draft {
  let byCount = taking.get(client);
  if (byCount === undefined) taking.set(client, (byCount = new Map()));
  let draft = byCount.get(fromMg);
  if (draft === undefined) byCount.set(fromMg, (draft = decideClient(client, fromMg)));
  return draft;
}

/** JMSS → JobCenter (seed 000): every row whose product names JMSS. */
export const jmssPack = definePack<JmssPlan>({
  id: "jmss",
  claims: (h) => isJmss(h.product),
  plan: planJmss,
  decide: decideJmss,
  quote: jmssQuoteRules,
});
