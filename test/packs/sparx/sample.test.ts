// The bundled sample (assets/samples/enterprise-architect.xlsx, written by scripts/samples/sparx.ts) reads and decides as intended.
import ExcelJS from "exceljs";
import { beforeAll, expect, test } from "vitest";
import { annotateValues } from "../../../src/core/annotate";
import type { IsoDate, RowResult } from "../../../src/core/model";

let results: RowResult[] = [];

/** A sheet's values as 0-based rows of 0-based cells (exceljs rows and columns are 1-based and sparse). */
const sheetValues = (ws: ExcelJS.Worksheet): unknown[][] =>
  (ws.getSheetValues() as unknown[]).slice(1).map((row) => (Array.isArray(row) ? row.slice(1) : []));

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile("assets/samples/enterprise-architect.xlsx");
  const ws = wb.getWorksheet("EAライセンス台帳");
  if (!ws) throw new Error("sheet missing");
  results = annotateValues(sheetValues(ws), { asOf: "2026-11-20" as IsoDate, unified: false })?.results ?? [];
});

const at = (row: number): RowResult => {
  const r = results.find((x) => x.row === row);
  if (!r) throw new Error(`row ${row}`);
  return r;
};
const has = (row: number, code: string): boolean => at(row).findings.some((f) => f.code === code);

test("a title row above the header; every row is decided by the EA pack without errors", () => {
  expect(results.map((r) => r.row)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
  for (const r of results) expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  for (const r of results) expect(r.findings.map((f) => f.code)).not.toContain("NOT_COVERED");
});

test("renewals, an expired and a 3+ years licence, an upgrade, multi-year", () => {
  expect(at(5).lines[0]?.priceClass).toBe("SUPPORT_RENEWAL");
  expect(at(6).lines[0]?.quantity).toBe(6);
  expect(at(7).rules).toContain("E2");
  expect(at(8).lines[0]?.priceClass).toBe("SUPPORT_REINSTATEMENT");
  expect(has(9, "REINSTATEMENT_BY_PROCEDURE_DATE")).toBe(true);
  expect(at(10).lines[0]?.priceClass).toBe("UPGRADE");
  expect(has(12, "LATE_REGISTRATION")).toBe(true);
  expect(at(15).lines[0]?.quantity).toBe(12);
});

test("an individual buying by package, two customer numbers in one department, lending and viewing", () => {
  expect(has(11, "DIRECT_ONLY")).toBe(true);
  for (const row of [5, 6, 7, 13]) expect(has(row, "MERGE_CUSTOMER_NUMBERS")).toBe(true);
  expect(has(13, "LENDING_CONDITIONS_UNMET")).toBe(true);
  expect(at(14).lines[0]?.priceClass).toBe("NO_CHANGE");
});
