// E8, E9: the unified customer number (seed 004 使用部署を定めない購入 / 統合お客様番号) and 統合サポート更新.
import { error, hasError, info, warn } from "../../findings";
import type { IsoDate } from "../../model";
import type { SparxCondition } from "./codes";
import { customerNumbers, listNumbers } from "./inventory-checks";
import type { RowPlan } from "./row-plan";
import { validOn } from "./row-plan";

/** seed 004 メリット: 10ライセンス以上のサポート更新が対象. */
export const UNIFIED_RENEWAL_MIN_LICENSES = 10;

/**
 * E8 (seed 004): フローティングライセンスのみ使用可能; スタンダードはアップグレードか使用停止; サポートが終了している
 * ライセンスは再開か使用停止; アカデミックにはフローティングはない; 全てのライセンスを1つの統合お客様番号に統合.
 */
export function checkUnifiedLicences(plans: readonly RowPlan[], asOf: IsoDate): void {
  const used = plans.filter((p) => p.kind !== "viewing");
  const numbers = customerNumbers(used);
  const customerNos = listNumbers(numbers);
  for (const p of used) {
    const type = p.holding.licenseType;
    if (type === "academic") p.findings.push(error("ACADEMIC_NO_FLOATING", "E8"));
    if (type === "standard") p.findings.push(warn("UNIFIED_STANDARD_MUST_UPGRADE", "E8"));
    // A row that resumes all its licences does what the rule asks; the others must resume or stop.
    if (validOn(p, asOf) === false && p.renewCount < p.holding.quantity) p.findings.push(warn("UNIFIED_SUPPORT_REQUIRED", "E8"));
    if (numbers.length > 1 && p.holding.customerNo !== undefined) {
      p.findings.push(warn("UNIFIED_MERGE_CUSTOMER_NUMBERS", "E8", { customerNos }));
    }
  }
}

/** The first unmet condition of 統合サポート更新 that concerns the whole inventory, if any (seed 004 メリット). */
export function unmetInventoryCondition(plans: readonly RowPlan[]): SparxCondition | undefined {
  const renewals = plans.filter((p) => p.kind === "renew" && !hasError(p.findings));
  // サポートが有効なライセンスの全てを更新する場合が対象 (valid = valid on the row's order date)
  if (renewals.some((p) => validOn(p, p.dates.order) === true && p.renewCount < p.holding.quantity)) return "NOT_ALL_RENEWED";
  const licences = renewals.filter((p) => p.path === "extend").reduce((n, p) => n + p.renewCount, 0);
  if (licences < UNIFIED_RENEWAL_MIN_LICENSES) return "FEWER_THAN_10";
  return undefined;
}

/**
 * E9: under a unified customer number, plain renewals become UNIFIED_SUPPORT_RENEWAL when every condition holds;
 * otherwise they stay SUPPORT_RENEWAL and say which condition is unmet. A gap in support (E2) is never eligible.
 */
export function applyUnifiedRenewal(plans: readonly RowPlan[]): void {
  const sheetCondition = unmetInventoryCondition(plans);
  for (const p of plans) {
    if (p.priceClass !== "SUPPORT_RENEWAL" || p.path === undefined || hasError(p.findings)) continue;
    // お客様の手続き忘れ等であっても、サポートが継続されない期間が発生する場合は利用不可
    const condition = p.path === "resume" ? "SUPPORT_GAP" : sheetCondition;
    if (condition === undefined) {
      p.priceClass = "UNIFIED_SUPPORT_RENEWAL";
      p.rules.push("E9");
    } else {
      p.findings.push(info("UNIFIED_RENEWAL_NOT_ELIGIBLE", "E9", { condition }));
    }
  }
}
