// J3 (seed 000 §2 (1)/(3), §4, §6 Q1, §7 example 2): the JMSS base licences held form one pool that caps MG + SV/AG.
import { info, warn } from "../../findings";
import type { Line } from "../../model";
import type { BasePlan } from "./base-rows";
import { catalogLine } from "./catalog";
import type { Draft } from "./lines";
import { mergeLines, ownLine } from "./lines";

/** A base row that lends or borrows: its sheet row and its plan. */
export interface PoolRow {
  readonly row: number;
  readonly plan: BasePlan;
}

/** Licences one row lends to, or borrows from, another row. */
interface Share {
  readonly row: number;
  readonly count: number;
}

interface Lender {
  readonly at: PoolRow;
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
 * `rows` are in sheet order; one draft per row, in that order.
 */
export function allocatePool(rows: readonly PoolRow[]): Draft[] {
  const lenders: (Lender | undefined)[] = rows.map((at) =>
    at.plan.holding.quantity > at.plan.want ? { at, left: at.plan.holding.quantity - at.plan.want, lentTo: [] } : undefined,
  );
  const inLendingOrder = lenders.filter((l): l is Lender => l !== undefined);
  // Borrowers are served MG rows first, then SV/AG rows, each group in sheet order (SPEC §4 J3).
  const borrowers = rows
    .map((_, i) => i)
    .filter((i) => (rows[i] as PoolRow).plan.want > (rows[i] as PoolRow).plan.holding.quantity);
  const isMg = (i: number): boolean => (rows[i] as PoolRow).plan.target === "MG";
  const borrowings: (Borrowing | undefined)[] = new Array(rows.length);
  const next = { lender: 0 };
  for (const i of [...borrowers.filter(isMg), ...borrowers.filter((i) => !isMg(i))]) {
    borrowings[i] = borrow(rows[i] as PoolRow, inLendingOrder, next);
  }
  return rows.map((at, i) => poolDraft(at.plan, borrowings[i], lenders[i]));
}

/** Lenders are drained strictly in sheet order, so `next` (the first lender with licences left) only moves forward. */
function borrow(at: PoolRow, lenders: readonly Lender[], next: { lender: number }): Borrowing {
  const p = at.plan;
  const b: Borrowing = { lines: [], from: [], missing: p.want - p.holding.quantity };
  for (let lender = lenders[next.lender]; lender && b.missing > 0; lender = lenders[next.lender]) {
    const take = Math.min(lender.left, b.missing);
    // J3: each borrowed licence keeps its lender's class (a lender with maintenance lends free version-ups)
    b.lines.push(catalogLine(p.target, lender.at.plan.priced.priceClass, take));
    b.from.push({ row: lender.at.row, count: take });
    lender.lentTo.push({ row: at.row, count: take });
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
  const lines = mergeLines([catalogLine(p.target, p.priced.priceClass, Math.min(p.holding.quantity, p.want))]);
  return { lines, findings: p.findings, rules: ["J1", p.priced.rule] };
}

function poolDraft(p: BasePlan, b: Borrowing | undefined, lender: Lender | undefined): Draft {
  if (!b && !lender) return keepOwn(p);
  const h = p.holding;
  const lines: Line[] = [catalogLine(p.target, p.priced.priceClass, Math.min(h.quantity, p.want))];
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
    // Lent licences migrate on the borrowing row, which shows them: here they are only said (POOL_LENT), so the same
    // licences are not counted twice in 移行数量. What no row borrows ends.
    if (lender.lentTo.length > 0)
      findings.push(info("POOL_LENT", "J3", { count: total(lender.lentTo), rows: rowList(lender.lentTo) }));
    lines.push(ownLine(h, lender.left, "END_OF_USE"));
  }
  const merged = mergeLines(lines);
  const rules = ["J1", p.priced.rule, "J3"];
  // findings that name rows are this row's own
  const namesRows = (b !== undefined && b.from.length > 0) || (lender !== undefined && lender.lentTo.length > 0);
  return namesRows ? { lines: merged, findings, rules, own: true } : { lines: merged, findings, rules };
}
