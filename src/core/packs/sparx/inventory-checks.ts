// E6, E7, E16: rules that look across the EA rows of one inventory (customer numbers, departments, packages).
import { compareIso } from "../../dates";
import { info, warn } from "../../findings";
import { word } from "../../inventory/normalise";
import type { IsoDate } from "../../model";
import { packageKey } from "./product-name";
import { reinstatementFrom } from "./renewal-class";
import type { RowPlan } from "./row-plan";
import { validOn } from "./row-plan";

/** Rows grouped by a key; rows whose key is undefined are left out. */
export function groupBy(plans: readonly RowPlan[], key: (p: RowPlan) => string | undefined): RowPlan[][] {
  const groups = new Map<string, RowPlan[]>();
  for (const p of plans) {
    const k = key(p);
    if (k === undefined) continue;
    const group = groups.get(k);
    if (group) group.push(p);
    else groups.set(k, [p]);
  }
  return [...groups.values()];
}

const WORDS = new Map<string, string>();
/** The comparable form of a text cell (cached: inventories repeat departments and numbers), undefined when blank. */
function key(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  let w = WORDS.get(s);
  if (w === undefined) {
    w = word(s);
    if (WORDS.size < 4096) WORDS.set(s, w);
  }
  return w === "" ? undefined : w;
}
const customerKey = (p: RowPlan): string | undefined => key(p.holding.customerNo);

/** The customer numbers of some rows, as written, without repeats. */
export function customerNumbers(plans: readonly RowPlan[]): string[] {
  const seen = new Map<string, string>();
  for (const p of plans) {
    const k = customerKey(p);
    if (k !== undefined && !seen.has(k)) seen.set(k, p.holding.customerNo ?? k);
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
export function checkPackages(plans: readonly RowPlan[]): void {
  const packaged = plans.filter((p) => p.holding.purchase === "package" && p.kind !== "viewing");
  for (const group of groupBy(packaged, (p) => {
    const c = customerKey(p);
    return c === undefined ? undefined : `${c}\u0000${packageKey(p.holding)}`;
  })) {
    const shapes = new Set(group.map((p) => `${p.kind}/${p.years}`));
    if (shapes.size < 2) continue;
    for (const p of group) p.findings.push(warn("PACKAGE_ALL_OR_NOTHING", "E6", { customerNo: p.holding.customerNo ?? "" }));
  }
}

/**
 * E7 (seed 004 お客様番号統合時の対応): one department, one customer number. Several numbers → merge; mixed
 * support validity (today) → choose how; licences 3+ years past their end may be merged unasked and become unusable.
 */
export function checkDepartments(plans: readonly RowPlan[], asOf: IsoDate): void {
  for (const group of groupBy(plans, (p) => key(p.holding.department))) {
    const numbers = customerNumbers(group);
    if (numbers.length < 2) continue;
    const customerNos = listNumbers(numbers);
    const numbered = group.filter((p) => customerKey(p) !== undefined);
    const validity = new Set(numbered.map((p) => validOn(p, asOf)).filter((v) => v !== undefined));
    for (const p of numbered) {
      p.findings.push(warn("MERGE_CUSTOMER_NUMBERS", "E7", { department: p.holding.department ?? "", customerNos }));
      if (validity.size > 1) p.findings.push(warn("MIXED_SUPPORT_ON_MERGE", "E7"));
      const end = p.holding.supportEnd;
      if (end !== undefined && compareIso(asOf, reinstatementFrom(end)) >= 0)
        p.findings.push(info("MERGE_EXPIRED_UNUSABLE", "E7"));
    }
  }
}

/**
 * E16 (seed 004): サポート更新の単位もお客様番号単位; 一部のサポート更新 … サポートを有効にしなかったライセンスは使用禁止.
 * When a customer number renews some licences, the ones it does not renew may no longer be used.
 */
export function checkPartialRenewals(plans: readonly RowPlan[]): void {
  const renewals = plans.filter((p) => p.kind === "renew");
  const groups = groupBy(renewals, (p) => customerKey(p) ?? `row:${p.holding.row}`);
  for (const group of groups) {
    if (!group.some((p) => p.renewCount > 0)) continue;
    for (const p of group) {
      const left = p.holding.quantity - p.renewCount;
      if (left > 0) p.findings.push(warn("PARTIAL_RENEWAL_UNUSABLE", "E16", { count: left }));
    }
  }
}
