// Shapes of use the API-set check must tell apart (test/excel/api-sets.test.ts reads this file; nothing runs it).
// Each function's name says what the check must find for the members inside it.
import { supports } from "../../../src/excel/office-run";

export function unguarded(sheet: Excel.Worksheet): void {
  sheet.getRanges("1:1").select();
}

export function guardedByIf(sheet: Excel.Worksheet): void {
  if (supports("1.18")) sheet.getRanges("1:1").select();
}

export function guardTooLow(sheet: Excel.Worksheet): void {
  if (supports("1.9")) sheet.getRanges("1:1").select();
}

export function guardedByEarlyExit(range: Excel.Range): void {
  if (!supports("1.13")) return;
  range.getMergedAreasOrNullObject().load("address");
}

export function guardedByConst(sheet: Excel.Worksheet): void {
  const filters = supports("1.9");
  const facet = filters ? sheet.autoFilter : undefined;
  if (filters && facet) facet.load("isDataFiltered");
}

export function elseBranchIsNotGuarded(sheet: Excel.Worksheet): void {
  if (supports("1.9")) return;
  else sheet.pageLayout.orientation = "Landscape";
}

export function loadedByString(sheet: Excel.Worksheet): void {
  sheet.load("autoFilter/isDataFiltered");
}
