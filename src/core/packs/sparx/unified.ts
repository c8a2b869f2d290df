// E8, E9: the unified customer number (seed 004 使用部署を定めない購入 / 統合お客様番号) and 統合サポート更新.
import { error, hasError, info, warn } from "../../findings";
import type { Finding, IsoDate } from "../../model";
import type { SparxCondition } from "./codes";
import { UNIFIED_RENEWAL_MIN_LICENSES } from "./facts";
import type { EaRow, PerRow } from "./inventory-checks";
import { customerNumbers, listNumbers } from "./inventory-checks";
import type { SparxPlan } from "./plan";
import { validOn } from "./plan";

/**
 * E8 (seed 004): フローティングライセンスのみ使用可能; スタンダードはアップグレードか使用停止; サポートが終了している
 * ライセンスは再開か使用停止; アカデミックにはフローティングはない; 全てのライセンスを1つの統合お客様番号に統合.
 */
export function checkUnifiedLicences(rows: readonly EaRow[], asOf: IsoDate): PerRow {
  const numbers = customerNumbers(rows.filter((r) => r.plan.kind !== "viewing"));
  const customerNos = listNumbers(numbers);
  return rows.map(({ plan: p }) => {
    if (p.kind === "viewing") return [];
    const found: Finding[] = [];
    const type = p.holding.licenseType;
    if (type === "academic") found.push(error("ACADEMIC_NO_FLOATING", "E8"));
    if (type === "standard") found.push(warn("UNIFIED_STANDARD_MUST_UPGRADE", "E8"));
    // A row that resumes all its licences does what the rule asks; the others must resume or stop.
    if (validOn(p, asOf) === false && p.renewCount < p.holding.quantity) found.push(warn("UNIFIED_SUPPORT_REQUIRED", "E8"));
    if (numbers.length > 1 && p.holding.customerNo !== undefined) {
      found.push(warn("UNIFIED_MERGE_CUSTOMER_NUMBERS", "E8", { customerNos }));
    }
    return found;
  });
}

/** A row as E9 sees it: its plan and every finding it has so far. */
export interface Found {
  readonly plan: SparxPlan;
  readonly findings: readonly Finding[];
}

/** The first unmet condition of 統合サポート更新 that concerns the whole inventory, if any (seed 004 メリット). */
export function unmetInventoryCondition(rows: readonly Found[]): SparxCondition | undefined {
  const renewals = rows.filter((r) => r.plan.kind === "renew" && !hasError(r.findings)).map((r) => r.plan);
  // サポートが有効なライセンスの全てを更新する場合が対象 (valid = valid on the row's order date)
  if (renewals.some((p) => validOn(p, p.dates.order) === true && p.renewCount < p.holding.quantity)) return "NOT_ALL_RENEWED";
  const licences = renewals.filter((p) => p.path === "extend").reduce((n, p) => n + p.renewCount, 0);
  if (licences < UNIFIED_RENEWAL_MIN_LICENSES) return "TOO_FEW_LICENCES";
  return undefined;
}

/** What E9 makes of a row: a unified renewal, the condition it misses, or nothing (not a plain renewal). */
export type UnifiedVerdict = "unified" | Finding | undefined;

/**
 * E9: under a unified customer number, plain renewals become UNIFIED_SUPPORT_RENEWAL when every condition holds;
 * otherwise they stay SUPPORT_RENEWAL and say which condition is unmet. A gap in support (E2) is never eligible.
 */
export function unifiedRenewals(rows: readonly Found[]): UnifiedVerdict[] {
  const sheetCondition = unmetInventoryCondition(rows);
  return rows.map(({ plan: p, findings }) => {
    if (p.priceClass !== "SUPPORT_RENEWAL" || p.path === undefined || hasError(findings)) return undefined;
    // お客様の手続き忘れ等であっても、サポートが継続されない期間が発生する場合は利用不可
    const condition = p.path === "resume" ? "SUPPORT_GAP" : sheetCondition;
    return condition === undefined ? "unified" : info("UNIFIED_RENEWAL_NOT_ELIGIBLE", "E9", { condition });
  });
}
