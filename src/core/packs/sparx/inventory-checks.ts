// E6, E7, E16: rules that look across the EA rows of one inventory (customer numbers, departments, packages). Each
// check returns what it finds per row, in the rows' order; it changes nothing.
import { compareIso } from "../../dates";
import { info, warn } from "../../findings";
import { word } from "../../inventory/normalise";
import type { Finding, IsoDate } from "../../model";
import type { SparxPlan } from "./plan";
import { validOn } from "./plan";
import { packageKey } from "./product-name";
import { reinstatementFrom } from "./renewal-class";

/** An EA row of the sheet: its number and its holding's plan. */
export interface EaRow {
  readonly row: number;
  readonly plan: SparxPlan;
}

/** What a check finds, one list per row (the same order as its rows). */
export type PerRow = readonly (readonly Finding[])[];

const NONE: readonly Finding[] = Object.freeze([]);

/** Indexes of rows grouped by a key; rows whose key is undefined are left out. */
export function groupBy(rows: readonly EaRow[], key: (r: EaRow) => string | undefined): number[][] {
  const groups = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const k = key(r);
    if (k === undefined) return;
    const group = groups.get(k);
    if (group) group.push(i);
    else groups.set(k, [i]);
  });
  return [...groups.values()];
}

/** Each row's findings, made by `add` for some rows (by index). */
function perRow(rows: readonly EaRow[], add: (found: Finding[][]) => void): PerRow {
  const found: Finding[][] = rows.map(() => []);
  add(found);
  return found.map((f) => (f.length === 0 ? NONE : f));
}

/** The comparable form of a text cell, undefined when blank. */
function key(s: string | undefined): string | undefined {
  const w = s === undefined ? "" : word(s);
  return w === "" ? undefined : w;
}
const customerKey = (r: EaRow): string | undefined => key(r.plan.holding.customerNo);

/** The customer numbers of some rows, as written, without repeats. */
export function customerNumbers(rows: readonly EaRow[]): string[] {
  const seen = new Map<string, string>();
  for (const r of rows) {
    const k = customerKey(r);
    if (k !== undefined && !seen.has(k)) seen.set(k, r.plan.holding.customerNo ?? k);
  }
  return [...seen.values()];
}

/** Customer numbers for a message: the first few, then how many more (a company may hold hundreds). */
export function listNumbers(numbers: readonly string[], shown = 5): string {
  const head = numbers.slice(0, shown).join(", ");
  return numbers.length > shown ? `${head} (+${numbers.length - shown})` : head;
}

/**
 * E6 (seed 003): 複数本数のライセンスに対するサポート更新パッケージ製品 … ご購入した本数分をすべて適用する必要.
 * Package rows of one customer number and one product must share the action and the number of years.
 */
export function checkPackages(rows: readonly EaRow[]): PerRow {
  return perRow(rows, (found) => {
    const groups = groupBy(rows, (r) => {
      const c = customerKey(r);
      const packaged = r.plan.holding.purchase === "package" && r.plan.kind !== "viewing";
      return !packaged || c === undefined ? undefined : `${c}\u0000${packageKey(r.plan.holding)}`;
    });
    for (const group of groups) {
      const shapes = new Set(group.map((i) => `${rows[i]?.plan.kind}/${rows[i]?.plan.years}`));
      if (shapes.size < 2) continue;
      for (const i of group) {
        found[i]?.push(warn("PACKAGE_ALL_OR_NOTHING", "E6", { customerNo: rows[i]?.plan.holding.customerNo ?? "" }));
      }
    }
  });
}

/**
 * E7 (seed 004 お客様番号統合時の対応): one department, one customer number. Several numbers → merge; mixed
 * support validity (today) → choose how; licences 3+ years past their end may be merged unasked and become unusable.
 */
export function checkDepartments(rows: readonly EaRow[], asOf: IsoDate): PerRow {
  return perRow(rows, (found) => {
    for (const group of groupBy(rows, (r) => key(r.plan.holding.department))) {
      const members = group.map((i) => rows[i] as EaRow);
      const numbers = customerNumbers(members);
      if (numbers.length < 2) continue;
      const customerNos = listNumbers(numbers);
      const numbered = group.filter((i) => customerKey(rows[i] as EaRow) !== undefined);
      const validity = new Set(numbered.map((i) => validOn((rows[i] as EaRow).plan, asOf)).filter((v) => v !== undefined));
      for (const i of numbered) {
        const h = (rows[i] as EaRow).plan.holding;
        const f = found[i] as Finding[];
        f.push(warn("MERGE_CUSTOMER_NUMBERS", "E7", { department: h.department ?? "", customerNos }));
        if (validity.size > 1) f.push(warn("MIXED_SUPPORT_ON_MERGE", "E7"));
        if (h.supportEnd !== undefined && compareIso(asOf, reinstatementFrom(h.supportEnd)) >= 0)
          f.push(info("MERGE_EXPIRED_UNUSABLE", "E7"));
      }
    }
  });
}

/**
 * E16 (seed 004): サポート更新の単位もお客様番号単位; 一部のサポート更新 … サポートを有効にしなかったライセンスは使用禁止.
 * When a customer number renews some licences, the ones it does not renew may no longer be used.
 */
export function checkPartialRenewals(rows: readonly EaRow[]): PerRow {
  return perRow(rows, (found) => {
    const groups = groupBy(rows, (r) => (r.plan.kind !== "renew" ? undefined : (customerKey(r) ?? `row:${r.row}`)));
    for (const group of groups) {
      if (!group.some((i) => (rows[i] as EaRow).plan.renewCount > 0)) continue;
      for (const i of group) {
        const p = (rows[i] as EaRow).plan;
        const left = p.holding.quantity - p.renewCount;
        if (left > 0) found[i]?.push(warn("PARTIAL_RENEWAL_UNUSABLE", "E16", { count: left }));
      }
    }
  });
}
