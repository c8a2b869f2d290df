// The Sparx Systems Enterprise Architect pack (SPEC §5, seeds 003 and 004): support renewal, reinstatement,
// upgrade, customer numbers and licence scope.
import { hasError } from "../../findings";
import type { Context, Decision, Holding, Line, Pack } from "../../model";
import { decideRow } from "./decide-row";
import { checkDepartments, checkPackages, checkPartialRenewals } from "./inventory-checks";
import { isEnterpriseArchitect, lineProduct } from "./product-name";
import type { RowPlan } from "./row-plan";
import { newPlan } from "./row-plan";
import { scopeFindings } from "./scope";
import { applyUnifiedRenewal, checkUnifiedLicences } from "./unified";

/** Decide every EA row of one inventory: each row alone first, then the rules that look across rows. */
export function decideSparx(holdings: readonly Holding[], ctx: Context): Decision[] {
  const plans = holdings.map((h) => newPlan(h, ctx));
  for (const p of plans) decideRow(p, ctx.asOf);
  checkPackages(plans);
  // Under a unified customer number every licence joins one number (E8), so departments no longer matter (E7).
  if (ctx.unified) checkUnifiedLicences(plans, ctx.asOf);
  else checkDepartments(plans, ctx.asOf);
  checkPartialRenewals(plans);
  for (const p of plans) p.findings.push(...scopeFindings(p.holding));
  if (ctx.unified) applyUnifiedRenewal(plans);
  return plans.map(toDecision);
}

/** One line per row (SPEC §5); a row with an error has none and no new support end (SPEC §1). */
function toDecision(p: RowPlan): Decision {
  const failed = hasError(p.findings);
  const h = p.holding;
  const lines: Line[] =
    failed || p.priceClass === undefined
      ? []
      : [{ sku: h.sku ?? "", product: lineProduct(h, p.priceClass), quantity: p.quantity, priceClass: p.priceClass }];
  return { row: h.row, lines, supportEnd: failed ? null : p.supportEnd, findings: p.findings, rules: p.rules };
}

// Every row JMSS does not claim is offered here, and inventories repeat the same product names thousands of times.
const namesEa = new Map<string, boolean>();
function claimsProduct(product: string): boolean {
  let ea = namesEa.get(product);
  if (ea === undefined) {
    ea = isEnterpriseArchitect(product);
    if (namesEa.size < 4096) namesEa.set(product, ea);
  }
  return ea;
}

/** Rows whose product names Enterprise Architect, any edition (NFKC, case-insensitive). */
export const sparxPack: Pack = {
  id: "sparx",
  claims: (h) => claimsProduct(h.product),
  decide: decideSparx,
};
