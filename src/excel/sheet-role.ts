// Which sheets are never inventories (SPEC §7): the price book (価格表 / Price book) and the quotes the add-in and the
// CLI write (見積 / Quote, numbered 見積 (2), …). One definition for the CLI and the task pane. Pure; no Office calls.

export type SheetRole = "inventory" | "quote" | "priceBook";

// NFKC first, so 見積(2) and ｑｕｏｔｅ count too; Excel numbers a taken name as "name (2)".
const PRICE_BOOK = /^(?:価格表|price book)(?:\s*\(\d+\))?$/i;
const QUOTE = /^(?:見積|quote)(?:\s*\(\d+\))?$/i;

export function sheetRole(name: string): SheetRole {
  const n = name.normalize("NFKC").trim();
  return PRICE_BOOK.test(n) ? "priceBook" : QUOTE.test(n) ? "quote" : "inventory";
}
