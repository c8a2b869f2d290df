// Puts the in-memory workbook behind the `Excel` and `Office` globals, as office.js would inside Excel.
import { makeContext } from "./api";
import { DEFAULT_API_VERSION, versionAtLeast } from "./api-sets";
import type { FakeExcelOptions } from "./context";
import { FakeStats } from "./context";
import type { FakeWorkbook } from "./workbook";

export interface FakeOffice {
  readonly stats: FakeStats;
  readonly options: FakeExcelOptions;
  uninstall(): void;
}

export function installFakeOffice(book: FakeWorkbook, options: FakeExcelOptions = {}, displayLanguage = "ja-JP"): FakeOffice {
  const stats = new FakeStats();
  const g = globalThis as Record<string, unknown>;
  const before = { Excel: g.Excel, Office: g.Office };
  g.Excel = {
    // Excel.run(batch), or Excel.run(object, batch) to reach an object of an earlier batch (an event handler).
    run: async <T>(first: unknown, second?: (context: never) => Promise<T>): Promise<T> => {
      const batch = (second ?? first) as (context: never) => Promise<T>;
      stats.runs++;
      type Request = { sync: () => Promise<void>; pending: number };
      // Excel.run(object, batch): object is a request context, or an object holding one (office.js takes both).
      const given = first as Request & { context?: Request };
      const earlier = second === undefined ? undefined : (given.context ?? given);
      const context = earlier ?? (makeContext(book, options, stats) as Request);
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
          name === "ExcelApi" && versionAtLeast(options.apiVersion ?? DEFAULT_API_VERSION, version),
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
