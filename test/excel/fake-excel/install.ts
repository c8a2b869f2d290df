// Puts the in-memory workbook behind the `Excel` and `Office` globals, as office.js would inside Excel.
import { makeContext } from "./api";
import type { FakeExcelOptions } from "./context";
import { FakeStats } from "./context";
import type { FakeWorkbook } from "./workbook";

export interface FakeOffice {
  readonly stats: FakeStats;
  readonly options: FakeExcelOptions;
  uninstall(): void;
}

const versionAtLeast = (have: string, want: string): boolean => {
  const [a1 = 0, a2 = 0] = have.split(".").map(Number);
  const [b1 = 0, b2 = 0] = want.split(".").map(Number);
  return a1 > b1 || (a1 === b1 && a2 >= b2);
};

export function installFakeOffice(book: FakeWorkbook, options: FakeExcelOptions = {}, displayLanguage = "ja-JP"): FakeOffice {
  const stats = new FakeStats();
  const g = globalThis as Record<string, unknown>;
  const before = { Excel: g.Excel, Office: g.Office };
  g.Excel = {
    run: async <T>(batch: (context: never) => Promise<T>): Promise<T> => {
      stats.runs++;
      const context = makeContext(book, options, stats) as { sync: () => Promise<void>; pending: number };
      const result = await batch(context as never);
      if (context.pending > 0) await context.sync(); // Excel.run flushes what the batch queued
      return result;
    },
  };
  g.Office = {
    onReady: (cb?: (info: unknown) => void) => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      cb?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage,
      requirements: {
        isSetSupported: (name: string, version = "1.1") =>
          name === "ExcelApi" && versionAtLeast(options.apiVersion ?? "1.17", version),
      },
    },
    HostType: { Excel: "Excel" },
  };
  return {
    stats,
    options,
    uninstall: () => {
      g.Excel = before.Excel;
      g.Office = before.Office;
    },
  };
}

export { FakeWorkbook } from "./workbook";
