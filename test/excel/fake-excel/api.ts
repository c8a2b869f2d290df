// The Excel object model the task pane's office-host uses, over FakeWorkbook: Excel.run, workbook, worksheets,
// worksheet, tables, application. Install it as the `Excel` and `Office` globals with installFakeOffice().
import type { FakeExcelOptions } from "./context";
import { FakeContext, FakeOfficeError, FakeStats } from "./context";
import { refuse } from "./api-sets";
import { RangeProxy } from "./range";
import type { SheetRef } from "./range";
import type { FakeSheet, FakeWorkbook } from "./workbook";
import { isoFromParts, isoToSerial, workbookSerial } from "../../../src/core/dates";
import { ItemsProxy, ScalarFacet, WorksheetProxy } from "./worksheet";

function sheetRef(book: FakeWorkbook, key: () => string): SheetRef {
  return (): FakeSheet => {
    const s = book.sheet(key());
    if (!s) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist (${key()}).`);
    return s;
  };
}

class ApplicationProxy {
  constructor(private readonly ctx: FakeContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.queue({ kind: "other", bytes: 20, flag: "calc", run: () => 0 });
  }
  suspendScreenUpdatingUntilNextSync(): void {
    refuse(this.ctx, "Application.suspendScreenUpdatingUntilNextSync");
    this.ctx.queue({ kind: "other", bytes: 20, flag: "screen", run: () => 0 });
  }
  calculate(_type: string): void {
    this.ctx.queue({ kind: "other", bytes: 20, run: () => (this.ctx.book.calculations++, 0) });
  }
}

export function makeContext(book: FakeWorkbook, options: FakeExcelOptions, stats: FakeStats): unknown {
  const ctx = new FakeContext(book, options, stats);
  const application = new ApplicationProxy(ctx);
  const worksheets = Object.assign(
    new ItemsProxy(ctx, () => book.sheets.map((s) => new WorksheetProxy(ctx, () => s).prime("name", s.name).prime("id", s.id))),
    {
      getActiveWorksheet: () => new WorksheetProxy(ctx, () => book.active),
      getItem: (key: string) =>
        new WorksheetProxy(
          ctx,
          sheetRef(book, () => key),
        ),
      onActivated: {
        add: (handler: (event: { worksheetId: string }) => Promise<unknown>) => {
          ctx.queue({ kind: "other", bytes: 40, run: () => (book.activatedHandlers.add(handler), 0) });
          return {
            context: request,
            remove: () => ctx.queue({ kind: "other", bytes: 40, run: () => (book.activatedHandlers.delete(handler), 0) }),
          };
        },
      },
      add: (name: string) => {
        ctx.queue({ kind: "other", bytes: 40, run: () => (book.addSheet(name), 0) });
        return new WorksheetProxy(
          ctx,
          sheetRef(book, () => name),
        );
      },
    },
  );
  const workbook = {
    application,
    worksheets,
    functions: {
      date: (year: number, month: number, day: number) =>
        new ScalarFacet(ctx, (key) => {
          const iso = isoFromParts(year, month, day);
          return key === "value" && iso !== undefined ? workbookSerial(isoToSerial(iso), book.date1904) : undefined;
        }),
    },
    getActiveCell: () =>
      new RangeProxy(
        ctx,
        () => book.active,
        () => ({ top: book.activeCell.row, left: book.activeCell.column, rows: 1, columns: 1 }),
      ),
  };
  const request = {
    workbook,
    application,
    sync: () => ctx.sync(),
    get pending() {
      return ctx.pending;
    },
  };
  return request;
}

export { FakeOfficeError, FakeStats };
