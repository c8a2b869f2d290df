// `license-rules annotate|quote`: read a workbook, decide every inventory sheet, write an annotated copy.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { annotateValues } from "../core/annotate";
import type { Annotated } from "../core/annotate";
import type { Lang } from "../core/model";
import { JsonRow } from "../core/model";
import { toJsonRow } from "../render";
import { summarise } from "../core/summary";
import { priceClassLabel } from "../i18n";
import type { CliOptions } from "./args";
import { parseCli } from "./args";
import { Quote, quoteAnnotated } from "../core/quote";
import { formatYen } from "../i18n/quote";
import { today } from "./args";
import { addQuoteSheet, readWorkbookPriceBook } from "./quote-workbook";
import { say } from "./words";
import { loadWorkbook, outputColumn, outputPatch, sheetValues } from "./workbook";
import { patchXlsx } from "./xlsx-patch";
import { sheetRole } from "../excel/sheet-role";
import type { SheetPatch } from "./xlsx-patch";

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export const SAMPLE = fileURLToPath(new URL("../../assets/samples/inventory.xlsx", import.meta.url));

export interface SheetRun {
  readonly sheet: ExcelJS.Worksheet;
  readonly values: unknown[][];
  readonly annotated: Annotated;
}

export type Selected = { ok: true; runs: SheetRun[] } | { ok: false; message: string };

/** Every inventory sheet of the workbook (or just --sheet), each read and decided on its own. */
export function runSheets(workbook: ExcelJS.Workbook, options: CliOptions, file: string): Selected {
  const ctx = { asOf: options.asOf, unified: options.unified };
  const { lang } = options;
  // exceljs turns date-formatted cells into dates by the workbook's date system; a bare serial is read by it too
  const read = { date1904: workbook.properties.date1904 === true };
  if (options.sheet !== undefined) {
    const ws = workbook.getWorksheet(options.sheet);
    if (!ws) return { ok: false, message: say(lang, "noSheet", { sheet: options.sheet }) };
    const values = sheetValues(ws);
    const annotated = annotateValues(values, ctx, read);
    if (!annotated) return { ok: false, message: say(lang, "noHeader", { sheet: options.sheet }) };
    return { ok: true, runs: [{ sheet: ws, values, annotated }] };
  }
  const runs: SheetRun[] = [];
  for (const ws of workbook.worksheets) {
    if (sheetRole(ws.name) !== "inventory") continue; // the price book and quotes (SPEC §7)
    const values = sheetValues(ws);
    const annotated = annotateValues(values, ctx, read);
    if (annotated) runs.push({ sheet: ws, values, annotated });
  }
  return runs.length > 0 ? { ok: true, runs } : { ok: false, message: say(lang, "noInventory", { file }) };
}

/** The input is never written: --out may name it by another path (a link, `./`, another case on some systems). */
function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = [statSync(a), statSync(b)];
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false; // --out does not exist yet: it cannot be the input
  }
}

const shortPath = (file: string): string => {
  const rel = path.relative(process.cwd(), file);
  return rel === "" || rel.startsWith("..") ? file : rel;
};

const BOOK_EXTENSIONS = [".xlsx", ".xlsm", ".xltx", ".xltm"];

/**
 * The extension the copy must have: the input's kind. A macro workbook or a template stays one, since the copy keeps
 * its content type and macros, and Excel refuses a file whose kind does not match its name.
 */
export function copyExtension(file: string): string {
  const ext = path.extname(file).toLowerCase();
  return BOOK_EXTENSIONS.includes(ext) ? ext : ".xlsx";
}

export const annotatedPath = (file: string): string => {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}.annotated${copyExtension(file)}`);
};

function printSummary(runs: readonly SheetRun[], lang: Lang, io: Io): void {
  for (const { sheet, annotated } of runs) {
    const s = summarise(annotated.results);
    io.out(say(lang, "sheetLine", { sheet: sheet.name, rows: s.rows, header: annotated.inventory.headerRow }));
    for (const [code, count] of Object.entries(s.byPriceClass)) {
      io.out(say(lang, "classLine", { label: priceClassLabel(code as keyof typeof s.byPriceClass, lang), count: count ?? 0 }));
    }
    io.out(say(lang, "warningsLine", { warnings: s.warnings, errors: s.errors }));
  }
}

/**
 * The annotated copy: our output blocks written into the input's own file, so nothing else in it changes. Quotes are
 * made as sheets of a workbook of their own by exceljs, then added to that copy. Returns the quote sheets' names.
 */
async function writeCopy(
  loaded: { workbook: ExcelJS.Workbook; bytes: Buffer },
  patches: readonly SheetPatch[],
  quotes: readonly { quote: Quote }[],
  lang: Lang,
  out: string,
): Promise<string[]> {
  let added: { bytes: Uint8Array; names: string[] } | undefined;
  if (quotes.length > 0) {
    const book = new ExcelJS.Workbook();
    const taken = loaded.workbook.worksheets.map((w) => w.name);
    const date1904 = loaded.workbook.properties.date1904 === true;
    const names = quotes.map(({ quote }) => addQuoteSheet(book, quote, lang, taken, date1904).name);
    added = { bytes: new Uint8Array(await book.xlsx.writeBuffer()), names };
  }
  await writeFile(out, await patchXlsx(loaded.bytes, patches, added?.bytes));
  return added?.names ?? [];
}

export async function runCli(argv: readonly string[], io: Io, now = new Date()): Promise<number> {
  const parsed = parseCli(argv, now);
  if (parsed.ok === "help") {
    io.out(say(parsed.lang, "usage"));
    return 0;
  }
  if (parsed.ok === false) {
    io.err(say(parsed.lang, "badArgs", { detail: parsed.detail }));
    return 2;
  }
  const options = parsed.options;
  const { lang } = options;
  const file = options.file ?? SAMPLE;
  const loaded = await loadWorkbook(file, existsSync);
  if (!loaded.ok) {
    io.err(say(lang, loaded.reason, { file }));
    return 2;
  }
  const selected = runSheets(loaded.workbook, options, file);
  if (!selected.ok) {
    io.err(selected.message);
    return 2;
  }
  const json: unknown[] =
    options.command === "annotate" && options.json
      ? selected.runs.flatMap(({ sheet, annotated }) =>
          annotated.results.map((r) => JsonRow.parse(toJsonRow(r, lang, sheet.name))),
        )
      : [];
  const patches = selected.runs.map(({ sheet, values, annotated }) =>
    outputPatch(sheet.name, annotated.inventory, annotated.results, outputColumn(sheet, annotated.inventory, values), lang),
  );
  const quotes: { sheet: string; quote: Quote }[] = [];
  if (options.command === "quote") {
    // SPEC §7: one quote per inventory sheet, each on a new sheet; the price book (if any) serves them all.
    const priceBook = readWorkbookPriceBook(loaded.workbook);
    for (const { sheet, annotated } of selected.runs) {
      const quote = Quote.parse(
        quoteAnnotated(annotated, priceBook, { asOf: options.asOf, date: today(now), sheet: sheet.name }),
      );
      quotes.push({ sheet: sheet.name, quote });
      json.push(quote);
    }
  }
  const out = options.out ?? (options.json ? undefined : annotatedPath(file));
  let quoteSheets: string[] = [];
  if (out !== undefined) {
    if (sameFile(out, file)) {
      io.err(say(lang, "badArgs", { detail: `--out ${out}` }));
      return 2;
    }
    const ext = copyExtension(file);
    const outExt = path.extname(out).toLowerCase();
    if (outExt !== ext && (ext !== ".xlsx" || BOOK_EXTENSIONS.includes(outExt))) {
      io.err(say(lang, "outKind", { ext, file: out }));
      return 2;
    }
    try {
      quoteSheets = await writeCopy(loaded, patches, quotes, lang, out);
    } catch (e) {
      io.err(say(lang, "cannotWrite", { file: out, detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message }));
      return 2;
    }
  }
  if (!options.json)
    quotes.forEach(({ sheet, quote: q }, k) =>
      io.out(
        say(lang, "quoteLine", {
          sheet,
          quote: quoteSheets[k] ?? "-",
          lines: q.lines.length,
          total:
            q.total.amount === null ? "-" : `${formatYen(q.total.amount)}${q.total.complete ? "" : say(lang, "totalIncomplete")}`,
        }),
      ),
    );
  if (options.json) {
    io.out(`[\n${json.map((j) => JSON.stringify(j)).join(",\n")}\n]`);
    return 0;
  }
  if (options.command === "annotate") printSummary(selected.runs, lang, io);
  if (out !== undefined) io.out(say(lang, "written", { file: shortPath(out) }));
  return 0;
}
