// J3 (seed 000 §2 (1)/(3), §4, §6 Q1, §7 example 2): the JMSS base licences held form one pool that caps MG + SV/AG.
import { info, warn } from "../../findings";
import type { Line, PriceClass } from "../../model";
import type { BasePlan } from "./base-rows";
import { catalogLine } from "./catalog";
import type { Draft } from "./draft";
import { draftOf, mergeLines, ownLine } from "./draft";

interface Lender {
  readonly plan: BasePlan;
  left: number;
  readonly lentTo: Map<number, number>;
}

interface Borrowing {
  readonly lines: Line[];
  readonly from: Map<number, number>;
  missing: number;
}

/** Borrowers are served MG rows first, then SV/AG rows, each group in sheet order (SPEC §4 J3). */
const borrowOrder = (a: BasePlan, b: BasePlan): number =>
  a.target === b.target ? a.holding.row - b.holding.row : a.target === "MG" ? -1 : 1;

/**
 * Each row first uses its own licences at its own class; a row that wants more draws on the licences other rows
 * leave unused, in sheet order — a borrowed licence keeps its lender's class. Still missing → NORMAL + POOL_EXCEEDED
 * (§2 (3) *1: 保有するJMSSのライセンス数を超えて必要な分は通常価格で新規購入). Unborrowed licences end.
 */
export function allocatePool(plans: readonly BasePlan[]): Draft[] {
  const bySheet = [...plans].sort((a, b) => a.holding.row - b.holding.row);
  const lenders = bySheet
    .filter((p) => p.holding.quantity > p.want)
    .map((plan): Lender => ({ plan, left: plan.holding.quantity - plan.want, lentTo: new Map() }));
  const borrowings = new Map<number, Borrowing>();
  const next = { lender: 0 };
  for (const p of bySheet.filter((q) => q.want > q.holding.quantity).sort(borrowOrder)) {
    borrowings.set(p.holding.row, borrow(p, lenders, next));
  }
  const lenderOf = new Map(lenders.map((l) => [l.plan.holding.row, l]));
  return plans.map((p) => poolDraft(p, borrowings.get(p.holding.row), lenderOf.get(p.holding.row)));
}

/** Lenders are drained strictly in sheet order, so `next` (the first lender with licences left) only moves forward. */
function borrow(p: BasePlan, lenders: readonly Lender[], next: { lender: number }): Borrowing {
  const b: Borrowing = { lines: [], from: new Map(), missing: p.want - p.holding.quantity };
  for (let lender = lenders[next.lender]; lender && b.missing > 0; lender = lenders[next.lender]) {
    const take = Math.min(lender.left, b.missing);
    // J3: each borrowed licence keeps its lender's class (a lender with maintenance lends free version-ups)
    b.lines.push(catalogLine(p.target, lender.plan.priced.priceClass, take));
    b.from.set(lender.plan.holding.row, take);
    lender.lentTo.set(p.holding.row, take);
    lender.left -= take;
    b.missing -= take;
    if (lender.left === 0) next.lender++;
  }
  return b;
}

const total = (m: ReadonlyMap<number, number>): number => [...m.values()].reduce((s, n) => s + n, 0);
const rowList = (m: ReadonlyMap<number, number>): string => [...m.keys()].join(", ");

function poolDraft(p: BasePlan, b: Borrowing | undefined, lender: Lender | undefined): Draft {
  const h = p.holding;
  const own: PriceClass = p.priced.priceClass;
  const lines: Line[] = [catalogLine(p.target, own, Math.min(h.quantity, p.want))];
  const findings = [...p.findings];
  let pooled = false;
  if (b) {
    pooled = true;
    lines.push(...b.lines);
    if (b.from.size > 0) findings.push(info("POOL_BORROWED", "J3", { count: total(b.from), rows: rowList(b.from) }));
    if (b.missing > 0) {
      lines.push(catalogLine(p.target, "NORMAL", b.missing));
      findings.push(warn("POOL_EXCEEDED", "J3", { count: b.missing }));
    }
  }
  if (lender) {
    pooled = true;
    // Lent licences are bought on the borrowing row: nothing to buy for them here.
    lines.push(ownLine(h, total(lender.lentTo), "NO_CHANGE"));
    if (lender.lentTo.size > 0)
      findings.push(info("POOL_LENT", "J3", { count: total(lender.lentTo), rows: rowList(lender.lentTo) }));
    lines.push(ownLine(h, lender.left, "END_OF_USE"));
  }
  const rules = ["J1", p.priced.rule, ...(pooled ? ["J3"] : [])];
  return { ...draftOf(h, { lines: mergeLines(lines), findings, rules }), target: p.target };
}
