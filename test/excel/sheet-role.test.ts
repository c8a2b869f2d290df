// The one definition of the sheets that are never inventories (SPEC §7), shared by the CLI and the task pane.
import { expect, test } from "vitest";
import { sheetRole } from "../../src/excel/sheet-role";

test.each([
  ["見積", "quote"],
  ["見積 (2)", "quote"],
  ["見積(3)", "quote"],
  ["Quote", "quote"],
  ["QUOTE (12)", "quote"],
  ["ｑｕｏｔｅ", "quote"],
  [" 価格表 ", "priceBook"],
  ["価格表 (2)", "priceBook"],
  ["Price book", "priceBook"],
  ["price BOOK", "priceBook"],
  ["JMSS棚卸", "inventory"],
  ["見積依頼", "inventory"],
  ["Quote list", "inventory"],
  ["価格表メモ", "inventory"],
  ["constructor", "inventory"],
  ["__proto__", "inventory"],
])("%s → %s", (name, role) => {
  expect(sheetRole(name)).toBe(role);
});
