// SPEC §7: the quote goes to a new sheet, never over the inventory — so its name must be one not yet taken.
import type { Lang } from "../core/model";
import { quoteLabel } from "../i18n/quote";

/** The quote sheet's name: 見積 / Quote, numbered 見積 (2), (3)… when taken (sheet names ignore case in Excel). */
export function quoteSheetName(existingNames: readonly string[], lang: Lang): string {
  const taken = new Set(existingNames.map((n) => n.trim().toLowerCase()));
  const base = quoteLabel("title", lang);
  if (!taken.has(base.toLowerCase())) return base;
  let n = 2;
  while (taken.has(`${base} (${n})`.toLowerCase())) n++;
  return `${base} (${n})`;
}
