// The Sparx Systems Enterprise Architect pack (SPEC §5, seeds 003 and 004): support renewal, reinstatement,
// upgrade, customer numbers and licence scope.
import { decided } from "../../decision";
import { hasError } from "../../findings";
import type { Context, Decision, Finding, Line } from "../../model";
import { definePack } from "../../model";
import type { EaRow } from "./inventory-checks";
import { checkDepartments, checkPackages, checkPartialRenewals } from "./inventory-checks";
import type { SparxPlan } from "./plan";
import { planHolding } from "./plan";
import { EA_ITEM, isEnterpriseArchitect, lineProduct } from "./product-name";
import { sparxQuoteRules } from "./quote";
import type { UnifiedVerdict } from "./unified";
import { checkUnifiedLicences, unifiedRenewals } from "./unified";

/**
 * Decide every EA row of one inventory: each holding alone (its plan), then the rules that look across rows —
 * packages (E6), departments (E7) or the unified customer number (E8), partial renewals (E16) — then E9.
 */
export function decideSparx(rows: readonly number[], plans: readonly SparxPlan[], ctx: Context): Decision[] {
  const ea: EaRow[] = rows.map((row, i) => ({ row, plan: plans[i] as SparxPlan }));
  const packages = checkPackages(ea);
  // Under a unified customer number every licence joins one number (E8), so departments no longer matter (E7).
  const groups = ctx.unified ? checkUnifiedLicences(ea, ctx.asOf) : checkDepartments(ea, ctx.asOf);
  const partial = checkPartialRenewals(ea);
  const found = ea.map(({ plan }, i) => ({
    plan,
    findings: [...plan.findings, ...(packages[i] ?? []), ...(groups[i] ?? []), ...(partial[i] ?? []), ...plan.scope],
  }));
  const unified = ctx.unified ? unifiedRenewals(found) : [];
  return found.map(({ plan, findings }, i) => toDecision(plan, findings, unified[i]));
}

/** One line per row (SPEC §5); a row with an error has none and no new support end (SPEC §1). */
function toDecision(p: SparxPlan, findings: readonly Finding[], verdict: UnifiedVerdict): Decision {
  const h = p.holding;
  const priceClass = verdict === "unified" ? "UNIFIED_SUPPORT_RENEWAL" : p.priceClass;
  const rules = verdict === "unified" ? [...p.rules, "E9"] : p.rules;
  const all = verdict === undefined || verdict === "unified" ? findings : [...findings, verdict];
  const failed = hasError(all);
  const lines: Line[] =
    failed || priceClass === undefined
      ? []
      : [{ sku: h.sku ?? "", product: lineProduct(h, priceClass), quantity: p.quantity, priceClass, item: EA_ITEM }];
  return decided({ lines, supportEnd: failed ? null : p.supportEnd, findings: all, rules });
}

/** Rows whose product names Enterprise Architect, any edition (NFKC, case-insensitive). */
export const sparxPack = definePack<SparxPlan>({
  id: "sparx",
  claims: (h) => isEnterpriseArchitect(h.product),
  plan: planHolding,
  decide: decideSparx,
  quote: sparxQuoteRules,
});
