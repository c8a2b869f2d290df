// Served in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js in the e2e test: installs the
// in-memory workbook behind `Excel` and `Office` before the task pane's own script runs, and exposes it to the test
// as window.__fake. The test puts its sheets in window.__E2E__ with page.addInitScript.
import { installFakeOffice } from "../excel/fake-excel/install";
import type { Cell, FakeTable } from "../excel/fake-excel/workbook";
import { FakeWorkbook } from "../excel/fake-excel/workbook";

export interface E2eSheet {
  name: string;
  rows: Cell[][];
  protected?: boolean;
  table?: FakeTable;
}

export interface E2eSetup {
  sheets: E2eSheet[];
  /** The sheet active when the pane opens (default: the first). */
  active?: string;
  displayLanguage?: string;
  apiVersion?: string;
  /** Hold the request of the n-th chunk written (1-based) until control.release() — to press Cancel mid-run. */
  holdAtChunk?: number;
}

export interface E2eControl {
  chunksSeen: number;
  /** Settable from the test: hold the n-th chunk (counted over the page's life). */
  holdAtChunk: number | undefined;
  held: boolean;
  release: () => void;
}

const w = window as unknown as { __E2E__?: E2eSetup; __fake?: unknown; CustomFunctions?: unknown };
const setup: E2eSetup = w.__E2E__ ?? { sheets: [] };
const book = new FakeWorkbook();
for (const s of setup.sheets) {
  const sheet = book.addSheet(s.name, s.rows);
  sheet.protected = s.protected === true;
  if (s.table) sheet.tables.push(s.table);
  if (s.name === setup.active) book.activeSheetId = sheet.id;
}
if (setup.sheets.length === 0) book.addSheet("Sheet1");

const control: E2eControl = { chunksSeen: 0, holdAtChunk: setup.holdAtChunk, held: false, release: () => undefined };
const office = installFakeOffice(
  book,
  {
    ...(setup.apiVersion ? { apiVersion: setup.apiVersion } : {}),
    beforeSync: async ({ calculationSuspended }) => {
      if (!calculationSuspended) return; // only the chunk writes suspend calculation
      control.chunksSeen++;
      if (control.chunksSeen !== control.holdAtChunk) return;
      control.held = true;
      await new Promise<void>((resolve) => (control.release = resolve));
      control.held = false;
    },
  },
  setup.displayLanguage ?? "ja-JP",
);
// functions.js shares the page (shared runtime) and registers the custom functions as it loads.
w.CustomFunctions = { associate: () => undefined };
w.__fake = { book, stats: office.stats, control };
