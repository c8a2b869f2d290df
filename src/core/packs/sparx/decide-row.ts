// E1–E6, E10, E15, E16 for one holding on its own: renewal period and class, upgrade checks, viewing-only rows.
import { addDays, compareIso } from "../../dates";
import { error, info, warn } from "../../findings";
import type { Finding, IsoDate } from "../../model";
import { UPGRADE_REGISTRATION_DAYS } from "./facts";
import type { Outcome, PlanBase } from "./plan";
import { reinstatementFindings, renewalClass } from "./renewal-class";
import { isValidOn, newSupportEnd } from "./support-period";

const UNDECIDED = { priceClass: undefined, quantity: 0, supportEnd: null, path: undefined } as const;

/** Decide one holding alone; the rules that look across rows run afterwards. */
export function decideAlone(p: PlanBase, asOf: IsoDate): Outcome {
  const h = p.holding;
  const first: Finding[] = [];
  // E5 (seed 003 概要): 個人および個人事業主のお客様は、ダイレクト購入でのサポート更新
  const buys = p.kind === "upgrade" || p.renewCount > 0;
  if (buys && (h.holder === "individual" || h.holder === "sole_proprietor") && h.purchase === "package") {
    first.push(warn("DIRECT_ONLY", "E5"));
  }
  const outcome = decideKind(p, asOf);
  return first.length === 0 ? outcome : { ...outcome, findings: [...first, ...outcome.findings] };
}

function decideKind(p: PlanBase, asOf: IsoDate): Outcome {
  if (p.kind === "viewing") return decideViewing(p);
  if (p.kind === "renew") {
    const stop = decideRenewCount(p);
    if (stop) return stop;
  }
  const supportEnd = p.holding.supportEnd;
  if (supportEnd === undefined) {
    const f = error("SUPPORT_END_REQUIRED", p.kind === "upgrade" ? "E4" : "E1", { column: "supportEnd" });
    return { ...UNDECIDED, findings: [f], rules: [] };
  }
  return p.kind === "upgrade" ? decideUpgrade(p, supportEnd) : decideRenewal(p, supportEnd, asOf);
}

/** A row that renews nothing (NO_CHANGE, the support end stays) or more than it holds (error); else undefined. */
function decideRenewCount(p: PlanBase): Outcome | undefined {
  const held = p.holding.quantity;
  if (p.renewCount > held) {
    const f = error("RENEW_QUANTITY_OVER", "E16", { column: "renewQuantity", value: p.renewCount, held });
    return { ...UNDECIDED, findings: [f], rules: [] };
  }
  if (p.renewCount > 0) return undefined;
  return { ...UNDECIDED, priceClass: "NO_CHANGE", quantity: held, findings: [], rules: [] };
}

// E15 (seed 004): Enterprise Architectで作成した内容を参照するのみであれば、ライセンスは不要
function decideViewing(p: PlanBase): Outcome {
  return {
    ...UNDECIDED,
    priceClass: "NO_CHANGE",
    quantity: p.holding.quantity,
    findings: [info("VIEWING_NO_LICENSE", "E15")],
    rules: ["E15"],
  };
}

// E4 (seed 003): 登録時点で対象の製品のサポートが有効であることが必要; 90日後までに登録しなければなりません
function decideUpgrade(p: PlanBase, supportEnd: IsoDate): Outcome {
  const { procedure } = p.dates;
  const findings: Finding[] = [];
  if (!isValidOn(supportEnd, procedure)) {
    findings.push(error("UPGRADE_NEEDS_SUPPORT", "E4", { supportEnd, procedureDate: procedure }));
  }
  const issue = p.holding.issueDate;
  if (issue !== undefined && compareIso(procedure, addDays(issue, UPGRADE_REGISTRATION_DAYS)) > 0) {
    findings.push(error("UPGRADE_CODE_EXPIRED", "E4", { deadline: addDays(issue, UPGRADE_REGISTRATION_DAYS) }));
  }
  return { ...UNDECIDED, priceClass: "UPGRADE", quantity: p.holding.quantity, findings, rules: ["E4"] };
}

function decideRenewal(p: PlanBase, supportEnd: IsoDate, asOf: IsoDate): Outcome {
  const h = p.holding;
  const { procedure, order } = p.dates;
  const period = newSupportEnd({
    supportEnd,
    procedureDate: procedure,
    issueDate: h.issueDate,
    years: p.years,
    orderDate: order,
  });
  const path = period.basis === "extend" ? "extend" : "resume";
  const classFacts = { supportEnd, procedureDate: procedure, orderDate: order, asOf, procedureGiven: p.dates.procedureGiven };
  return {
    priceClass: renewalClass(supportEnd, procedure, order),
    // E6 (seed 003 手順4): 購入した数が「更新ライセンス数 x 年数」に等しくなるように
    quantity: p.renewCount * p.years,
    supportEnd: period.end,
    path,
    findings: [...period.findings, ...reinstatementFindings(classFacts)],
    rules: [path === "extend" ? "E1" : "E2", ...(p.years > 1 ? ["E6"] : [])],
  };
}
