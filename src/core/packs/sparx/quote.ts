// The Enterprise Architect pack's quote rules (SPEC §7, seeds 003/004): EA support is renewed per customer number
// (お客様番号), each row with its new support period, so the quote lists renewals grouped that way.
import type { PriceClass, RowResult } from "../../model";
import type { RenewalGroup, RenewalItem } from "../../quote/model";
import type { QuoteRules, RowFacts } from "../../quote/rules";
import { EA_ITEM } from "./product-name";

const RENEWAL_CLASSES: readonly PriceClass[] = ["SUPPORT_RENEWAL", "SUPPORT_REINSTATEMENT", "UNIFIED_SUPPORT_RENEWAL", "UPGRADE"];

/** Groups in order of first appearance; rows without a customer number (or without holdings) come last. */
export function groupRenewals(results: readonly RowResult[], holdings: readonly RowFacts[] = []): RenewalGroup[] {
  const facts = new Map(holdings.map((h) => [h.row, h]));
  const groups = new Map<string | null, RenewalItem[]>();
  for (const r of results) {
    const h = facts.get(r.row);
    for (const l of r.lines) {
      if (l.item !== EA_ITEM || !RENEWAL_CLASSES.includes(l.priceClass)) continue;
      const key = h?.customerNo ?? null;
      const items = groups.get(key) ?? [];
      items.push({
        row: r.row,
        sku: l.sku,
        product: l.product,
        quantity: l.quantity,
        priceClass: l.priceClass,
        currentEnd: h?.supportEnd ?? null,
        newEnd: r.supportEnd,
      });
      groups.set(key, items);
    }
  }
  const out = [...groups].map(([customerNo, items]) => ({ customerNo, items }));
  return [...out.filter((g) => g.customerNo !== null), ...out.filter((g) => g.customerNo === null)];
}

export const sparxQuoteRules: QuoteRules = {
  finish: (_lines, { results, holdings }) => ({ renewals: groupRenewals(results, holdings) }),
};
