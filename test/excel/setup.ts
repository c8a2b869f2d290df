// A fresh in-memory workbook behind the Excel/Office globals for each test, and the real office host over it.
import { afterEach } from "vitest";
import { createOfficeHost } from "../../src/excel/office-host";
import type { WorkbookHost } from "../../src/excel/workbook-host";
import type { FakeExcelOptions } from "./fake-excel/context";
import type { FakeOffice } from "./fake-excel/install";
import { installFakeOffice } from "./fake-excel/install";
import type { Cell, FakeSheet } from "./fake-excel/workbook";
import { FakeWorkbook } from "./fake-excel/workbook";

export interface Fixture {
  readonly book: FakeWorkbook;
  readonly sheet: FakeSheet;
  readonly office: FakeOffice;
  readonly host: WorkbookHost;
}

let installed: FakeOffice | undefined;
afterEach(() => {
  installed?.uninstall();
  installed = undefined;
});

export function fakeExcel(rows: Cell[][], options: FakeExcelOptions = {}, name = "JMSS棚卸"): Fixture {
  const book = new FakeWorkbook();
  const sheet = book.addSheet(name, rows);
  installed = installFakeOffice(book, options);
  return { book, sheet, office: installed, host: createOfficeHost() };
}

/** A deep copy of a sheet's cells, to prove later that input cells did not change. */
export const snapshot = (sheet: FakeSheet): Cell[][] => sheet.cells.map((row) => [...(row ?? [])]);
