// Issue 5 §5: the built task pane (webpack → taskpane.html) in Debian's Chromium, over the in-memory workbook that
// stands in for office.js. Presses the button on the sample inventory, checks the written cells and the summary,
// cancels a 50,000-row run, and saves test/e2e/__screenshots__/taskpane.png.
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { annotateValues } from "../../src/core/annotate";
import type { IsoDate } from "../../src/core/model";
import { renderRows } from "../../src/render";
import type { Cell } from "../excel/fake-excel/workbook";
import { loadSample, repeatRows } from "../excel/fixtures/sample";
import type { E2eSetup } from "./fake-office-entry";
import { bundleFakeOffice, buildPane, CHROMIUM, OFFICE_CDN, ROOT, serve } from "./harness";

const HAVE_CHROMIUM = existsSync(CHROMIUM);
/** Without a Japanese font (Debian: fonts-noto-cjk) the pane's words render as boxes: keep the committed picture then. */
const JAPANESE_FONT = (spawnSync("fc-list", [":lang=ja", "family"], { encoding: "utf8" }).stdout ?? "").trim() !== "";
/** A test run saves taskpane.actual.png (ignored by git); `npm run screenshot` refreshes the committed taskpane.png. */
const UPDATE = process.env.UPDATE_SCREENSHOT === "1" && JAPANESE_FONT;
const SCREENSHOT = path.join(ROOT, `test/e2e/__screenshots__/taskpane${UPDATE ? "" : ".actual"}.png`);
const timings: Record<string, number> = {};

/** Reads cells of the first sheet in the page's in-memory workbook. */
const cells = (page: Page, top: number, left: number, rows: number, columns: number): Promise<Cell[][]> =>
  page.evaluate(
    ([t, l, r, c]) => {
      const fake = (window as unknown as { __fake: { book: { sheets: { cells: Cell[][] }[] } } }).__fake;
      const sheet = fake.book.sheets[0]!;
      return Array.from({ length: r }, (_, i) => Array.from({ length: c }, (_, k) => sheet.cells[t + i]?.[l + k] ?? ""));
    },
    [top, left, rows, columns] as const,
  );

describe.skipIf(!HAVE_CHROMIUM)(
  `task pane in Chromium${HAVE_CHROMIUM ? "" : ` (skipped: ${CHROMIUM} is missing; apt-get install chromium)`}`,
  () => {
    let browser: Browser;
    let server: { url: string; close: () => Promise<void> };
    let dist = "";
    let fakeOffice: string;
    let sample: Cell[][];

    beforeAll(async () => {
      let t = performance.now();
      dist = buildPane();
      timings.build = performance.now() - t;
      fakeOffice = await bundleFakeOffice();
      server = await serve(dist);
      sample = await loadSample();
      t = performance.now();
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--no-first-run",
        ],
      });
      timings.launch = performance.now() - t;
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      if (dist) rmSync(dist, { recursive: true, force: true });
      console.info(
        `e2e timings (ms): ${JSON.stringify(Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)])))}`,
      );
    });

    const pageErrors = new Map<Page, string[]>();

    /** A page on the built pane; its uncaught errors are checked by close(). */
    async function open(setup: E2eSetup): Promise<Page> {
      const page = await browser.newPage({ viewport: { width: 380, height: 900 }, deviceScaleFactor: 2, locale: "ja-JP" });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      pageErrors.set(page, errors);
      await page.addInitScript((s) => ((window as unknown as { __E2E__: unknown }).__E2E__ = s), setup);
      await page.route(OFFICE_CDN, (route) => route.fulfill({ contentType: "text/javascript", body: fakeOffice }));
      await page.goto(`${server.url}/taskpane.html`);
      return page;
    }

    async function close(page: Page): Promise<void> {
      expect(pageErrors.get(page)).toEqual([]);
      await page.close();
    }

    const roundTrips = (page: Page): Promise<number> =>
      page.evaluate(() => (window as unknown as { __fake: { stats: { log: unknown[] } } }).__fake.stats.log.length);

    test("annotates the sample inventory and summarises it", async () => {
      const page = await open({ sheets: [{ name: "JMSS棚卸", rows: sample }] });
      await page.getByText("シート「JMSS棚卸」の使用範囲 A1:J12").waitFor();
      await page.getByRole("textbox", { name: "基準日" }).fill("2025-11-01");
      const t = performance.now();
      await page.getByRole("button", { name: "移行先と警告を書き込む" }).click();
      await page.getByText("書き込みました", { exact: true }).waitFor();
      timings.sampleRun = performance.now() - t;

      const expected = renderRows(annotateValues(sample, { asOf: "2025-11-01" as IsoDate, unified: false })?.results ?? [], "ja");
      expect(await cells(page, 3, 10, 1, 7)).toEqual([
        ["移行先型番", "移行先製品", "移行数量", "価格区分", "新サポート期限", "警告", "根拠"],
      ]);
      expect(await cells(page, 4, 10, 8, 7)).toEqual(expected.map((r) => r.map((v) => v ?? "")));
      expect(await cells(page, 0, 0, 12, 10)).toEqual(sample); // input untouched
      await expect.poll(() => page.getByText("5–12 行目の K:Q 列に書き込みました。").isVisible()).toBe(true);

      const errors = page.getByRole("button", { name: /^エラーのある行: 1 行$/ });
      await errors.click();
      const selection = await page.evaluate(
        () => (window as unknown as { __fake: { book: { sheets: { selection: string[] }[] } } }).__fake.book.sheets[0]!.selection,
      );
      expect(selection).toEqual(["12:12"]);
      await expect.poll(() => page.getByRole("button", { name: /^無償バージョンアップ: \d+ 行$/ }).count()).toBe(1);

      await page.screenshot({ path: SCREENSHOT, fullPage: true });
      await close(page);
    });

    test("Cancel during a 50,000-row run leaves whole chunks and says which rows are written", async () => {
      const rows = [...sample.slice(0, 4), ...repeatRows(sample.slice(4), 50_000)];
      const page = await open({ sheets: [{ name: "JMSS棚卸", rows }], holdAtChunk: 3 });
      await page.getByText("データ 50,000 行").waitFor();
      const t = performance.now();
      await page.getByRole("button", { name: "移行先と警告を書き込む" }).click();
      await page.waitForFunction(
        () => (window as unknown as { __fake: { control: { held: boolean } } }).__fake.control.held,
        undefined,
        { timeout: 60_000 },
      );
      await expect.poll(() => page.getByRole("progressbar").count()).toBe(1);
      await page.getByRole("button", { name: "キャンセル" }).click();
      await page.getByText("書き込み中の区切りを終えてから止めます…").waitFor();
      await page.evaluate(() => (window as unknown as { __fake: { control: { release: () => void } } }).__fake.control.release());
      await page.getByText("キャンセルしました", { exact: true }).waitFor();
      timings.cancelRun = performance.now() - t;

      const text = await page.getByRole("status").innerText();
      const m = /5–([\d,]+) 行目\(([\d,]+) 行\)は書き込み済みです。([\d,]+)–50,004 行目は書き込んでいません/.exec(text);
      expect(m, text).not.toBeNull();
      const written = Number(m![2]!.replace(/,/g, ""));
      expect(written % 5_000).toBe(0); // whole chunks of EXCEL_WEB_LIMITS.maxRows rows
      expect(written).toBe(15_000); // the held third chunk finished, nothing after it started
      const block = await cells(page, 4, 10, 50_000, 7);
      const filled = block.map((r) => r.some((v) => v !== ""));
      expect(filled.indexOf(false)).toBe(written);
      expect(filled.lastIndexOf(true)).toBe(written - 1);
      await close(page);
    });

    test("writes 100,000 rows in a few dozen requests", async () => {
      const rows = [...sample.slice(0, 4), ...repeatRows(sample.slice(4), 100_000)];
      const page = await open({ sheets: [{ name: "JMSS棚卸", rows }] });
      await page.getByText("データ 100,000 行").waitFor();
      const before = await roundTrips(page);
      const t = performance.now();
      await page.getByRole("button", { name: "移行先と警告を書き込む" }).click();
      await page.getByText("5–100,004 行目の K:Q 列に書き込みました。").waitFor({ timeout: 60_000 });
      timings.fullRun100k = performance.now() - t;
      await page.getByText("100,000 行を判定しました").waitFor();
      // locate 2 + merged 1 + reads 31 + header/format 1 + writes 20 + recalculation 1 (test/taskpane/job/scale.test.ts)
      expect((await roundTrips(page)) - before).toBe(56);
      expect(String((await cells(page, 100_003, 10, 1, 7))[0]?.[5])).toMatch(/^【エラー】/); // the last row: quantity 三
      await close(page);
    });

    test("speaks English when Office's display language is English", async () => {
      const page = await open({ sheets: [{ name: "Inventory", rows: sample }], displayLanguage: "en-US" });
      await page.getByText("Used range A1:J12 of sheet “Inventory”").waitFor();
      await page.getByRole("radio", { name: "English" }).check();
      await page.getByRole("button", { name: "Write targets and warnings" }).click();
      await page.getByText("Done", { exact: true }).waitFor();
      expect((await cells(page, 3, 10, 1, 7))[0]).toEqual([
        "Target SKU",
        "Target product",
        "Target qty",
        "Price class",
        "New support end",
        "Warnings",
        "Rules",
      ]);
      await close(page);
    });
  },
);
