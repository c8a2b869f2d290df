// The small readers the CLI writes by hand: number formats that show dates, relationship targets, cell references.
import { expect, test } from "vitest";
import { cellValue } from "../../src/cli/cell-value";
import { cellRefColumn, columnLetters, parseCellRef } from "../../src/cli/columns";
import { isDateFormat } from "../../src/cli/date-styles";
import { resolveTarget } from "../../src/cli/ooxml";

test("date formats: y m d h s outside quotes, [..] sections and escapes", () => {
  for (const f of ["yyyy/mm/dd", '[$-411]ggge"年"m"月"d"日"', "h:mm", "mmm-yy", "YYYY-MM-DD"])
    expect(isDateFormat(f), f).toBe(true);
  for (const f of ["General", "0.00", '#,##0"本"', "[Red]#,##0", "¥#,##0", "@", "0.00E+00", "\\d0", "_m0"])
    expect(isDateFormat(f), f).toBe(false);
});

test("relationship targets: relative to the source's folder, absolute, percent-decoded; never out of the package", () => {
  expect(resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
  expect(resolveTarget("xl/workbook.xml", "/xl/worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
  expect(resolveTarget("xl/worksheets/sheet1.xml", "../tables/table%201.xml")).toBe("xl/tables/table 1.xml");
  expect(resolveTarget("xl/workbook.xml", "../../etc/passwd")).toBeUndefined();
});

test("cell references: A1 to XFD1048576, on their own row only", () => {
  expect([cellRefColumn("A1", 1), cellRefColumn("$XFD$1048576", 1_048_576), cellRefColumn("b7", 7)]).toEqual([1, 16_384, 2]);
  expect([cellRefColumn("XFE1", 1), cellRefColumn("A2", 1), cellRefColumn("A", 1), cellRefColumn("1", 1)]).toEqual([0, 0, 0, 0]);
  expect(parseCellRef("AA10")).toEqual([27, 10]);
  expect(parseCellRef("A1048577")).toBeUndefined();
  expect([1, 26, 27, 16_384].map(columnLetters)).toEqual(["A", "Z", "AA", "XFD"]);
});

test("cell values as exceljs gave them; a number cell that is not a number shows its text", () => {
  const value = (type: string, v: string | undefined, formula?: string, dated = false) =>
    cellValue(type, v !== undefined, v ?? "", "", formula, dated, ["zero"], false);
  expect(value("s", "0")).toBe("zero");
  expect(value("s", "7")).toBeUndefined();
  expect(value("n", "1.5e3")).toBe(1500);
  expect(value("n", "0x1A")).toBe("0x1A");
  expect(value("n", "1e400")).toBe("1e400");
  expect(value("n", "46112", undefined, true)).toEqual(new Date(Date.UTC(2026, 2, 31)));
  expect(value("b", "1")).toBe(true);
  expect(value("e", "#N/A")).toEqual({ error: "#N/A" });
  expect(value("d", "2026-03-31")).toEqual(new Date(Date.UTC(2026, 2, 31)));
  expect(value("n", undefined, "A1+1")).toEqual({ formula: "A1+1" });
  expect(value("n", "", "A1+1")).toEqual({ formula: "A1+1" });
  expect(value("str", undefined, "A1")).toEqual({ formula: "A1" });
  expect(value("n", undefined)).toBeUndefined();
});
