// Issues 5 and 12: the production build of the task pane (webpack → taskpane.html, with its Content-Security-Policy)
// in Debian's Chromium at 320 px, over the in-memory workbook that stands in for office.js. Walks every state of the
// pane in Japanese and in English with axe (no serious or critical finding, no CSP violation), checks focus and what
// is in view, cancels a 50,000-row run, writes 100,000 rows, and saves the README's screenshots.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { annotateValues } from "../../src/core/annotate";
import type { IsoDate } from "../../src/core/model";
import { renderRows } from "../../src/render";
import type { Cell } from "../excel/fake-excel/workbook";
import { loadSample, repeatRows } from "../excel/fixtures/sample";
import { JSDOM } from "jsdom";
import { Manifest } from "../manifest/manifest-xml";
import type { E2eSetup } from "./fake-office-entry";
import { bundleFakeOffice, buildPane, CHROMIUM, OFFICE_CDN, ROOT, serve } from "./harness";

const HAVE_CHROMIUM = existsSync(CHROMIUM);
/** The font the committed screenshots were taken with; without it the Japanese words render otherwise (or as boxes). */
const SCREENSHOT_FONT = "Noto Sans CJK JP";
const JAPANESE_FONT = (spawnSync("fc-match", ["sans-serif:lang=ja", "family"], { encoding: "utf8" }).stdout ?? "").trim();
/** `npm run screenshot` refreshes the committed pictures; a test run saves *.actual.png (ignored by git) and compares. */
const UPDATE = process.env.UPDATE_SCREENSHOT === "1" && JAPANESE_FONT.includes(SCREENSHOT_FONT);
const SHOTS = path.join(ROOT, "test/e2e/__screenshots__");
const shotPath = (name: string, update = UPDATE): string => path.join(SHOTS, `${name}${update ? "" : ".actual"}.png`);
const AXE = readFileSync(path.join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
const WIDTH = 320;
const HEIGHT = 800;
const timings: Record<string, number> = {};

type Fake = {
  book: {
    sheets: { id: string; name: string; cells: Cell[][]; selection: string[] }[];
    activate: (id: string) => Promise<void>;
    activeSheetId: string;
  };
  stats: { log: unknown[] };
  control: { chunksSeen: number; holdAtChunk: number | undefined; held: boolean; release: () => void };
};

/** Reads cells of a sheet (the first by default) in the page's in-memory workbook. */
const cells = (page: Page, top: number, left: number, rows: number, columns: number, sheet = 0): Promise<Cell[][]> =>
  page.evaluate(
    ([t, l, r, c, s]) => {
      const fake = (window as unknown as { __fake: Fake }).__fake;
      const cellsOf = fake.book.sheets[s]!.cells;
      return Array.from({ length: r }, (_, i) => Array.from({ length: c }, (_, k) => cellsOf[t + i]?.[l + k] ?? ""));
    },
    [top, left, rows, columns, sheet] as const,
  );

/** The person switches to another sheet in Excel (Excel raises onActivated). */
const activate = (page: Page, name: string): Promise<void> =>
  page.evaluate(async (n) => {
    const fake = (window as unknown as { __fake: Fake }).__fake;
    const sheet = fake.book.sheets.find((s) => s.name === n);
    if (!sheet) throw new Error(`no sheet ${n}`);
    await fake.book.activate(sheet.id);
  }, name);

const activeSheet = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const fake = (window as unknown as { __fake: Fake }).__fake;
    return fake.book.sheets.find((s) => s.id === fake.book.activeSheetId)?.name ?? "";
  });

/** axe over the whole page: the serious and critical findings, as "rule: target" lines. */
async function axeFindings(page: Page): Promise<string[]> {
  await page.evaluate(`${AXE};void 0`); // page.evaluate is not subject to the page's CSP
  const found = await page.evaluate(async () => {
    type Result = { id: string; impact: string | null; nodes: { target: unknown[] }[] };
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: Result[] }> } }).axe;
    const r = await axe.run(document, { rules: { "label-content-name-mismatch": { enabled: true } } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
  return found.filter((f) => f.impact === "serious" || f.impact === "critical").map((f) => `${f.id}: ${f.targets.join(" ")}`);
}

/** The element's box lies inside the viewport. */
const inView = (page: Page, selector: string): Promise<boolean> =>
  page.evaluate((s) => {
    const el = document.querySelector(s);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
  }, selector);

/** Lines an element's text takes (1 = it did not wrap). */
const lines = (element: ReturnType<Page["getByText"]>): Promise<number> =>
  element.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
  });

const focusedText = (page: Page): Promise<string> =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? "");

/** Every file the production build writes. */
function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((f) => {
    const full = path.join(dir, f);
    return statSync(full).isDirectory() ? listFiles(full, base) : [path.relative(base, full).split(path.sep).join("/")];
  });
}

// manifest-xml.ts reads XML with the DOM's parser; this file runs in Node.
globalThis.DOMParser ??= new JSDOM("").window.DOMParser;

let dist = "";
beforeAll(() => {
  const t = performance.now();
  dist = buildPane();
  timings.build = performance.now() - t;
});
afterAll(() => {
  if (dist) rmSync(dist, { recursive: true, force: true });
  console.info(
    `e2e timings (ms): ${JSON.stringify(Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)])))}`,
  );
});

test("the production build ships only what the add-in loads: no samples, no annotated copies, no source maps", () => {
  const files = listFiles(dist).sort();
  const manifest = new Manifest(readFileSync(path.join(dist, "manifest.xml"), "utf8"));
  const named = manifest.urls().map((u) => new URL(u).pathname.slice(1));
  const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)]
    .map((m) => m[1] ?? "")
    .filter((s) => !s.startsWith("https:"));
  // the minified bundle points to its libraries' license notices ("For license information please see …")
  const notices = files.filter(
    (f) =>
      f.endsWith(".LICENSE.txt") &&
      readFileSync(path.join(dist, f.replace(/\.LICENSE\.txt$/, "")), "utf8").includes(path.basename(f)),
  );
  expect(files).toEqual([...new Set([...named, ...scripts, ...notices, "manifest.xml"])].sort());
  expect(files.filter((f) => /\.map$|samples|annotated|\.xlsx$/.test(f))).toEqual([]);
});

describe.skipIf(!HAVE_CHROMIUM)(
  `task pane in Chromium${HAVE_CHROMIUM ? "" : ` (skipped: ${CHROMIUM} is missing; apt-get install chromium)`}`,
  () => {
    let browser: Browser;
    let server: { url: string; close: () => Promise<void> };
    let fakeOffice: string;
    let sample: Cell[][];

    beforeAll(async () => {
      fakeOffice = await bundleFakeOffice();
      server = await serve(dist);
      sample = await loadSample();
      const t = performance.now();
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
    });

    const pageErrors = new Map<Page, string[]>();

    /** A page on the built pane at 320 × 800; its uncaught errors and CSP violations are checked by close(). */
    async function open(setup: E2eSetup): Promise<Page> {
      const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT }, deviceScaleFactor: 2, locale: "ja-JP" });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      pageErrors.set(page, errors);
      await page.addInitScript((s) => {
        const w = window as unknown as { __E2E__: unknown; __csp: string[] };
        w.__E2E__ = s;
        w.__csp = [];
        document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
      }, setup);
      // The CSP allows scripts from the Office.js host: the request is made, and served the fake office.js here.
      await page.route(OFFICE_CDN, (route) => route.fulfill({ contentType: "text/javascript", body: fakeOffice }));
      await page.goto(`${server.url}/taskpane.html`);
      return page;
    }

    async function close(page: Page): Promise<void> {
      expect(pageErrors.get(page)).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
      await page.close();
    }

    const roundTrips = (page: Page): Promise<number> =>
      page.evaluate(() => (window as unknown as { __fake: Fake }).__fake.stats.log.length);

    /** A screenshot for the README: saved, and compared with the committed one when the same font renders it. */
    async function screenshot(page: Page, name: string): Promise<void> {
      await page.screenshot({ path: shotPath(name), fullPage: true });
      const committed = shotPath(name, true);
      if (UPDATE || !JAPANESE_FONT.includes(SCREENSHOT_FONT) || !existsSync(committed)) return;
      const dataUrl = (file: string): string => `data:image/png;base64,${readFileSync(file).toString("base64")}`;
      // Decoded and compared in a blank page (the pane's CSP allows no data: images): same size, and at most 0.5 % of
      // pixels apart by more than anti-aliasing.
      const blank = await browser.newPage();
      const diff = await blank.evaluate(
        async ([x, y]) => {
          const load = async (src: string): Promise<ImageData> => {
            const img = new Image();
            img.src = src;
            await img.decode();
            const c = new OffscreenCanvas(img.width, img.height);
            const g = c.getContext("2d")!;
            g.drawImage(img, 0, 0);
            return g.getImageData(0, 0, img.width, img.height);
          };
          const [p, q] = [await load(x), await load(y)];
          if (p.width !== q.width || p.height !== q.height)
            return { size: `${p.width}×${p.height} vs ${q.width}×${q.height}`, ratio: 1 };
          let off = 0;
          for (let i = 0; i < p.data.length; i += 4) {
            const d = Math.max(...[0, 1, 2].map((k) => Math.abs((p.data[i + k] ?? 0) - (q.data[i + k] ?? 0))));
            if (d > 48) off++;
          }
          return { size: "", ratio: off / (p.width * p.height) };
        },
        [dataUrl(committed), dataUrl(shotPath(name))] as const,
      );
      await blank.close();
      expect(diff.size, `${name}: the pane's layout changed; run npm run screenshot`).toBe("");
      expect(diff.ratio, `${name}: the pane looks different; run npm run screenshot`).toBeLessThanOrEqual(0.005);
    }

    test("annotates the sample inventory and summarises it", async () => {
      const page = await open({ sheets: [{ name: "JMSS棚卸", rows: sample }] });
      await page.getByText("シート「JMSS棚卸」の使用範囲 A1:J12").waitFor();
      await page.getByRole("textbox", { name: "基準日" }).fill("2025-11-01");
      const t = performance.now();
      await page.getByRole("button", { name: "移行先と警告を書き込む" }).click();
      await page.getByText("完了しました", { exact: true }).waitFor();
      timings.sampleRun = performance.now() - t;

      const expected = renderRows(annotateValues(sample, { asOf: "2025-11-01" as IsoDate, unified: false })?.results ?? [], "ja");
      expect(await cells(page, 3, 10, 1, 7)).toEqual([
        ["移行先型番", "移行先製品", "移行数量", "価格区分", "新サポート期限", "警告", "根拠"],
      ]);
      expect(await cells(page, 4, 10, 8, 7)).toEqual(expected.map((r) => r.map((v) => v ?? "")));
      expect(await cells(page, 0, 0, 12, 10)).toEqual(sample); // input untouched
      await expect.poll(() => page.getByText("5–12 行目の K:Q 列に書き込みました。").isVisible()).toBe(true);

      await page.getByRole("button", { name: /^エラーのある行 1 行$/ }).click();
      const selection = await page.evaluate(() => (window as unknown as { __fake: Fake }).__fake.book.sheets[0]!.selection);
      expect(selection).toEqual(["12:12"]);
      await close(page);
    });

    // Every state of the pane, in each language, at 320 px: axe finds nothing serious or critical.
    const WORDS = {
      ja: {
        office: "ja-JP",
        found: "シート「JMSS棚卸」の使用範囲 A1:J12",
        asOf: "基準日",
        annotate: "移行先と警告を書き込む",
        needAsOf: "基準日を入力すると書き込めます。",
        empty: "シートが空です",
        priceBook: /シート「価格表」は価格表です/,
        protectedTitle: "シートが保護されています",
        noHeader: "見出し行が見つかりません",
        dialogCancel: "キャンセル",
        declined: /何も書き込んでいません/,
        done: "完了しました",
        quote: "見積を作成",
        quoteDone: "見積ができました",
        otherSheet: /この結果はシート「JMSS棚卸」のもので/,
        cancel: "キャンセル",
        cancelling: "いま処理している行を終えてから止めます…",
        cancelled: "キャンセルしました",
        quoteWaits: "書き込みが途中で止まったため、見積はまだ作れません。全行を書き込むと作れます。",
        template: "テンプレートシートを挿入",
        templateDone: "シートを追加しました",
        dataRows: "データ 8 行",
      },
      en: {
        office: "en-US",
        found: "Used range A1:J12 of sheet “JMSS棚卸”",
        asOf: "As-of date",
        annotate: "Write targets and warnings",
        needAsOf: "Enter an as-of date to write.",
        empty: "The sheet is empty",
        priceBook: /Sheet “価格表” is the price book/,
        protectedTitle: "The sheet is protected",
        noHeader: "No header row found",
        dialogCancel: "Cancel",
        declined: /Nothing was written/,
        done: "Done",
        quote: "Build quote",
        quoteDone: "Quote ready",
        otherSheet: /This result is for sheet “JMSS棚卸”/,
        cancel: "Cancel",
        cancelling: "Stopping once the rows in hand are done…",
        cancelled: "Cancelled",
        quoteWaits: "The last run stopped partway, so there is no quote yet: write every row first.",
        template: "Insert template sheet",
        templateDone: "Sheet added",
        dataRows: "8 data rows",
      },
    } as const;

    test.each(["ja", "en"] as const)("every state at 320 px in %s: axe clean, focus kept, outcome in view", async (lang) => {
      const w = WORDS[lang];
      const t = performance.now();
      const table = sample.slice(3).map((r) => r.slice(0, 8));
      const memo = table.map((r, i) => (i === 2 ? [...r, "", "メモ"] : r));
      const page = await open({
        displayLanguage: w.office,
        sheets: [
          { name: "JMSS棚卸", rows: sample },
          { name: "空", rows: [] },
          {
            name: "価格表",
            rows: [
              ["型番", "製品名", "価格区分", "単価"],
              ["UL1256-N00-I", "", "", 300_000],
            ],
          },
          { name: "保護", rows: sample, protected: true },
          { name: "見出しなし", rows: [["棚卸"], ["品目", "個数"], ["WebSAM JMSS (稼働マシン用)", 2]] },
          {
            name: "表",
            rows: memo,
            table: { name: "棚卸", area: { top: 0, left: 0, rows: table.length, columns: 8 }, filtered: false },
          },
          { name: "大きい", rows: [...sample.slice(0, 4), ...repeatRows(sample.slice(4), 12_000)] },
        ],
      });
      const findings: Record<string, string[]> = {};
      const check = async (state: string): Promise<void> => {
        findings[state] = await axeFindings(page);
        if (lang === "en") expect(await page.evaluate(() => document.body.innerText), state).not.toMatch(/licence/i);
      };
      const primary = page.getByRole("button", { name: w.annotate });

      await page.getByText(w.found).waitFor();
      await page.getByRole("textbox", { name: w.asOf }).fill("2025-11-01");
      // 「データ 8 行」 / "8 data rows" on one line at 320 px
      expect(await lines(page.getByText(w.dataRows, { exact: true }))).toBe(1);
      await check("inventory found");

      await page.getByRole("textbox", { name: w.asOf }).fill("");
      await page.getByText(w.needAsOf).waitFor();
      await check("as-of date cleared");
      await page.getByRole("textbox", { name: w.asOf }).fill("2025-11-01");

      await activate(page, "空");
      await page.getByText(w.empty).waitFor();
      await check("empty sheet");

      await activate(page, "価格表");
      await page.getByText(w.priceBook).waitFor();
      await check("price book");

      await activate(page, "保護");
      await page.getByText(w.protectedTitle).waitFor();
      await check("protected sheet found");
      await primary.click();
      await page.getByRole("alert").getByText(w.protectedTitle).waitFor();
      await check("protected sheet: error");

      await activate(page, "見出しなし");
      await primary.click();
      await page.getByRole("alert").getByText(w.noHeader).waitFor();
      await check("no header row");

      await activate(page, "表");
      await primary.click();
      const dialog = page.getByRole("alertdialog");
      await dialog.waitFor();
      await check("overwrite question");
      await dialog.getByRole("button", { name: w.dialogCancel }).click();
      await page.getByText(w.declined).waitFor();
      await expect.poll(() => focusedText(page)).toBe(w.annotate);
      await check("overwrite declined");

      await activate(page, "JMSS棚卸");
      await primary.focus();
      await primary.press("Enter");
      await page.getByText(w.done, { exact: true }).waitFor();
      await expect.poll(() => focusedText(page)).toBe(w.annotate);
      await expect.poll(() => inView(page, "[role=status]")).toBe(true);
      await check("written, with the summary");
      await screenshot(page, lang === "ja" ? "taskpane" : "taskpane-en");

      await page.getByRole("button", { name: w.quote }).click();
      await page.getByText(w.quoteDone).waitFor();
      expect(await activeSheet(page)).not.toBe("JMSS棚卸");
      await page.getByText(w.otherSheet).waitFor();
      expect(await primary.getAttribute("aria-disabled")).toBe("true");
      await check("quote built, the quote sheet open");

      await activate(page, "大きい");
      await page.evaluate(() => {
        const c = (window as unknown as { __fake: Fake }).__fake.control;
        c.holdAtChunk = c.chunksSeen + 2;
      });
      await primary.click();
      await page.waitForFunction(() => (window as unknown as { __fake: Fake }).__fake.control.held, undefined, {
        timeout: 60_000,
      });
      const cancel = page.getByRole("button", { name: w.cancel, exact: true });
      expect(await lines(cancel)).toBe(1); // 「キャンセル」 does not wrap to キャンセ/ル at 320 px
      await check("writing, with progress");
      await cancel.click();
      await page.getByText(w.cancelling).waitFor();
      await check("cancelling");
      await page.evaluate(() => (window as unknown as { __fake: Fake }).__fake.control.release());
      await page.getByText(w.cancelled, { exact: true }).waitFor();
      await expect.poll(() => focusedText(page)).toBe(w.annotate);
      await page.getByText(w.quoteWaits).waitFor();
      expect(await page.getByRole("button", { name: w.quote }).getAttribute("aria-disabled")).toBe("true");
      await check("cancelled partway");

      await page.getByRole("button", { name: w.template }).click();
      await page.getByText(w.templateDone).waitFor();
      await check("template inserted");

      expect(findings).toEqual(Object.fromEntries(Object.keys(findings).map((k) => [k, []])));
      timings[`states-${lang}`] = performance.now() - t;
      await close(page);
    });

    test("Office in German (or any language but English) gets the Japanese pane", async () => {
      const page = await open({ sheets: [{ name: "Inventar", rows: sample }], displayLanguage: "de-DE" });
      await page.getByText("シート「Inventar」の使用範囲 A1:J12").waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("ja");
      await close(page);
    });

    test("Cancel during a 50,000-row run leaves whole chunks and says which rows are written", async () => {
      const rows = [...sample.slice(0, 4), ...repeatRows(sample.slice(4), 50_000)];
      const page = await open({ sheets: [{ name: "JMSS棚卸", rows }], holdAtChunk: 3 });
      await page.getByText("データ 50,000 行").waitFor();
      const t = performance.now();
      await page.getByRole("button", { name: "移行先と警告を書き込む" }).click();
      await page.waitForFunction(() => (window as unknown as { __fake: Fake }).__fake.control.held, undefined, {
        timeout: 60_000,
      });
      await expect.poll(() => page.getByRole("progressbar").count()).toBe(1);
      await page.getByRole("button", { name: "キャンセル" }).click();
      await page.getByText("いま処理している行を終えてから止めます…").waitFor();
      await page.evaluate(() => (window as unknown as { __fake: Fake }).__fake.control.release());
      await page.getByText("キャンセルしました", { exact: true }).waitFor();
      timings.cancelRun = performance.now() - t;

      const text = await page.getByRole("status").innerText();
      const m = /5–([\d,]+) 行目（([\d,]+) 行）は書き込み済みです。([\d,]+)–50,004 行目は書き込んでいません/.exec(text);
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
      await page.getByText("シート「JMSS棚卸」の 100,000 行を判定しました").waitFor();
      // locate 2 + merged 1 + reads 31 + header/format 1 + writes 20 + recalculation 1 (test/taskpane/job/scale.test.ts)
      expect((await roundTrips(page)) - before).toBe(56);
      expect(String((await cells(page, 100_003, 10, 1, 7))[0]?.[5])).toMatch(/^【エラー】/); // the last row: quantity 三
      await close(page);
    });
  },
);
