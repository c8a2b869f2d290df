// J3 (seed 000 §2 (1)/(3), §4, §6 Q1, §7 example 2): the JMSS base licences held form one pool that caps MG + SV/AG.
import { info, warn } from "../../findings";
import type { Line, PriceClass } from "../../model";
import type { BasePlan } from "./base-rows";
import { catalogLine, catalogLines } from "./catalog";
import type { Draft } from "./draft";
import { draftOf, mergeLines, ownLine, sheetOrder } from "./draft";
import { pricedRules } from "./price-class";

/** Licences one row lends to, or borrows from, another row. */
interface Share {
  readonly row: number;
  readonly count: number;
}

interface Lender {
  readonly plan: BasePlan;
  left: number;
  readonly lentTo: Share[];
}

interface Borrowing {
  readonly lines: Line[];
  readonly from: Share[];
  missing: number;
}

/**
 * Each row first uses its own licences at its own class; a row that wants more draws on the licences other rows
 * leave unused, in sheet order — a borrowed licence keeps its lender's class. Still missing → NORMAL + POOL_EXCEEDED
 * (§2 (3) *1: 保有するJMSSのライセンス数を超えて必要な分は通常価格で新規購入). Unborrowed licences end.
 */
export function allocatePool(plans: readonly BasePlan[]): Draft[] {
  // indexes into plans, in sheet order; lenders[i] and borrowings[i] are plans[i]'s
  const bySheet = sheetOrder(plans.map((p) => p.holding));
  const lenders: (Lender | undefined)[] = new Array(plans.length);
  const inLendingOrder: Lender[] = [];
  for (const i of bySheet) {
    const plan = plans[i] as BasePlan;
    if (plan.holding.quantity > plan.want) {
      inLendingOrder.push((lenders[i] = { plan, left: plan.holding.quantity - plan.want, lentTo: [] }));
    }
  }
  // Borrowers are served MG rows first, then SV/AG rows, each group in sheet order (SPEC §4 J3).
  const borrowers = bySheet.filter((i) => (plans[i] as BasePlan).want > (plans[i] as BasePlan).holding.quantity);
  const isMg = (i: number): boolean => (plans[i] as BasePlan).target === "MG";
  const borrowings: (Borrowing | undefined)[] = new Array(plans.length);
  const next = { lender: 0 };
  for (const i of [...borrowers.filter(isMg), ...borrowers.filter((i) => !isMg(i))]) {
    borrowings[i] = borrow(plans[i] as BasePlan, inLendingOrder, next);
  }
  return plans.map((p, i) => poolDraft(p, borrowings[i], lenders[i]));
}

/** Lenders are drained strictly in sheet order, so `next` (the first lender with licences left) only moves forward. */
function borrow(p: BasePlan, lenders: readonly Lender[], next: { lender: number }): Borrowing {
  const b: Borrowing = { lines: [], from: [], missing: p.want - p.holding.quantity };
  for (let lender = lenders[next.lender]; lender && b.missing > 0; lender = lenders[next.lender]) {
    const take = Math.min(lender.left, b.missing);
    // J3: each borrowed licence keeps its lender's class (a lender with maintenance lends free version-ups)
    b.lines.push(catalogLine(p.target, lender.plan.priced.priceClass, take));
    b.from.push({ row: lender.plan.holding.row, count: take });
    lender.lentTo.push({ row: p.holding.row, count: take });
    lender.left -= take;
    b.missing -= take;
    if (lender.left === 0) next.lender++;
  }
  return b;
}

const total = (shares: readonly Share[]): number => shares.reduce((n, s) => n + s.count, 0);
const rowList = (shares: readonly Share[]): string => shares.map((s) => s.row).join(", ");

/** A pool row that neither lends nor borrows (it wants what it holds): its own licences at its own class. */
export function keepOwn(p: BasePlan): Draft {
  const lines = catalogLines(p.target, p.priced.priceClass, Math.min(p.holding.quantity, p.want));
  return draftOf(p.holding, { lines, findings: p.findings, rules: pricedRules("J1", p.priced) });
}

function poolDraft(p: BasePlan, b: Borrowing | undefined, lender: Lender | undefined): Draft {
  if (!b && !lender) return keepOwn(p);
  const h = p.holding;
  const own: PriceClass = p.priced.priceClass;
  const lines: Line[] = [catalogLine(p.target, own, Math.min(h.quantity, p.want))];
  const findings = [...p.findings];
  if (b) {
    lines.push(...b.lines);
    if (b.from.length > 0) findings.push(info("POOL_BORROWED", "J3", { count: total(b.from), rows: rowList(b.from) }));
    if (b.missing > 0) {
      lines.push(catalogLine(p.target, "NORMAL", b.missing));
      findings.push(warn("POOL_EXCEEDED", "J3", { count: b.missing }));
    }
  }
  if (lender) {
    // Lent licences are bought on the borrowing row: nothing to buy for them here.
    lines.push(ownLine(h, total(lender.lentTo), "NO_CHANGE"));
    if (lender.lentTo.length > 0)
      findings.push(info("POOL_LENT", "J3", { count: total(lender.lentTo), rows: rowList(lender.lentTo) }));
    lines.push(ownLine(h, lender.left, "END_OF_USE"));
  }
  return draftOf(h, { lines: mergeLines(lines), findings, rules: [...pricedRules("J1", p.priced), "J3"] });
}
