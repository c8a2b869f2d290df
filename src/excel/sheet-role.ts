// Which sheets are never inventories (SPEC §7): the price book (価格表 / Price book) and the quotes the add-in and the
// CLI write (見積 / Quote, numbered 見積 (2), …). One definition for the CLI and the task pane, made of the names the
// price book is read by and the quote sheets are named by. Pure; no Office calls.
import { word } from "../core/inventory/normalise";
import { isPriceBookName } from "../core/quote";
import { QUOTE_LABELS } from "../i18n/quote";

export type SheetRole = "inventory" | "quote" | "priceBook";

const QUOTE_TITLES: readonly string[] = [word(QUOTE_LABELS.ja.title), word(QUOTE_LABELS.en.title)];

// Excel numbers a copy, or a name already taken, as "name (2)" (the quote sheets are named so too).
const NUMBERED = /\s*\(\d+\)$/;

export function sheetRole(name: string): SheetRole {
  const base = word(name).replace(NUMBERED, "");
  return isPriceBookName(base) ? "priceBook" : QUOTE_TITLES.includes(base) ? "quote" : "inventory";
}
