// Served in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js in the e2e test: installs the
// in-memory workbook behind `Excel` and `Office` before the task pane's own script runs, and exposes it to the test
// as window.__fake. The test puts its sheets in window.__E2E__ with page.addInitScript.
import { installFakeOffice } from "../excel/fake-excel/install";
import type { Cell } from "../excel/fake-excel/workbook";
import { FakeWorkbook } from "../excel/fake-excel/workbook";

export interface E2eSetup {
  sheets: { name: string; rows: Cell[][] }[];
  displayLanguage?: string;
  /** Hold the request of the n-th chunk written (1-based) until control.release() — to press Cancel mid-run. */
  holdAtChunk?: number;
}

export interface E2eControl {
  chunksSeen: number;
  held: boolean;
  release: () => void;
}

const w = window as unknown as { __E2E__?: E2eSetup; __fake?: unknown; CustomFunctions?: unknown };
const setup: E2eSetup = w.__E2E__ ?? { sheets: [] };
const book = new FakeWorkbook();
for (const s of setup.sheets) book.addSheet(s.name, s.rows);
if (setup.sheets.length === 0) book.addSheet("Sheet1");

const control: E2eControl = { chunksSeen: 0, held: false, release: () => undefined };
const office = installFakeOffice(
  book,
  {
    beforeSync: async ({ calculationSuspended }) => {
      if (!calculationSuspended) return; // only the chunk writes suspend calculation
      control.chunksSeen++;
      if (control.chunksSeen !== setup.holdAtChunk) return;
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
