// E1–E6, E10, E15, E16 for one row on its own: renewal period and class, upgrade checks, viewing-only rows.
import { addDays, compareIso } from "../../dates";
import { error, info, warn } from "../../findings";
import type { IsoDate } from "../../model";
import { reinstatementFindings, renewalClass } from "./renewal-class";
import type { RowPlan } from "./row-plan";
import { isValidOn, newSupportEnd } from "./support-period";

/** The upgrade code must be registered within 90 days of issue, never later (seed 003 「アップグレード」パッケージ製品). */
export const UPGRADE_REGISTRATION_DAYS = 90;

/** Decide one row in place; cross-row rules run afterwards. */
export function decideRow(p: RowPlan, asOf: IsoDate): void {
  const h = p.holding;
  // E5 (seed 003 概要): 個人および個人事業主のお客様は、ダイレクト購入でのサポート更新
  const buys = p.kind === "upgrade" || p.renewCount > 0;
  if (buys && (h.holder === "individual" || h.holder === "sole_proprietor") && h.purchase === "package") {
    p.findings.push(warn("DIRECT_ONLY", "E5"));
  }
  if (p.kind === "viewing") return decideViewing(p);
  if (p.kind === "renew" && !decideRenewCount(p)) return;
  if (h.supportEnd === undefined) {
    p.findings.push(error("SUPPORT_END_REQUIRED", p.kind === "upgrade" ? "E4" : "E1", { column: "supportEnd" }));
    return;
  }
  if (p.kind === "upgrade") return decideUpgrade(p, h.supportEnd);
  decideRenewal(p, h.supportEnd, asOf);
}

/** False when the row renews nothing (NO_CHANGE, the support end stays) or more than it holds (error). */
function decideRenewCount(p: RowPlan): boolean {
  const held = p.holding.quantity;
  if (p.renewCount > held) {
    p.findings.push(error("RENEW_QUANTITY_OVER", "E16", { column: "renewQuantity", value: p.renewCount, held }));
    return false;
  }
  if (p.renewCount > 0) return true;
  p.priceClass = "NO_CHANGE";
  p.quantity = held;
  return false;
}

// E15 (seed 004): Enterprise Architectで作成した内容を参照するのみであれば、ライセンスは不要
function decideViewing(p: RowPlan): void {
  p.findings.push(info("VIEWING_NO_LICENSE", "E15"));
  p.priceClass = "NO_CHANGE";
  p.quantity = p.holding.quantity;
  p.rules.push("E15");
}

// E4 (seed 003): 登録時点で対象の製品のサポートが有効であることが必要; 90日後までに登録しなければなりません
function decideUpgrade(p: RowPlan, supportEnd: IsoDate): void {
  const { procedure } = p.dates;
  if (!isValidOn(supportEnd, procedure)) {
    p.findings.push(error("UPGRADE_NEEDS_SUPPORT", "E4", { supportEnd, procedureDate: procedure }));
  }
  const issue = p.holding.issueDate;
  if (issue !== undefined && compareIso(procedure, addDays(issue, UPGRADE_REGISTRATION_DAYS)) > 0) {
    p.findings.push(error("UPGRADE_CODE_EXPIRED", "E4", { deadline: addDays(issue, UPGRADE_REGISTRATION_DAYS) }));
  }
  p.priceClass = "UPGRADE";
  p.quantity = p.holding.quantity;
  p.rules.push("E4");
}

function decideRenewal(p: RowPlan, supportEnd: IsoDate, asOf: IsoDate): void {
  const h = p.holding;
  const { procedure, order } = p.dates;
  const period = newSupportEnd({
    supportEnd,
    procedureDate: procedure,
    issueDate: h.issueDate,
    years: p.years,
    orderDate: order,
  });
  p.path = period.basis === "extend" ? "extend" : "resume";
  p.rules.push(p.path === "extend" ? "E1" : "E2");
  p.findings.push(...period.findings);
  p.findings.push(
    ...reinstatementFindings({
      supportEnd,
      procedureDate: procedure,
      orderDate: order,
      asOf,
      procedureGiven: p.dates.procedureGiven,
    }),
  );
  p.priceClass = renewalClass(supportEnd, procedure, order);
  // E6 (seed 003 手順4): 購入した数が「更新ライセンス数 x 年数」に等しくなるように
  p.quantity = p.renewCount * p.years;
  if (p.years > 1) p.rules.push("E6");
  p.supportEnd = period.end;
}
