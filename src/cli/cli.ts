// `license-rules annotate|quote`: read a workbook, decide every inventory sheet, write an annotated copy.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { annotateValues } from "../core/annotate";
import type { Annotated } from "../core/annotate";
import { readInventory } from "../core/inventory/read";
import type { Lang } from "../core/model";
import { JsonRow } from "../core/model";
import type { PriceBook } from "../core/quote";
import { priceBookSheetName, Quote, quoteAnnotated } from "../core/quote";
import { summarise } from "../core/summary";
import { quoteSheetName, quoteSheetValues, readPriceBook, toJsonRow } from "../render";
import { priceClassLabel } from "../i18n";
import { formatYen } from "../i18n/quote";
import type { CliOptions } from "./args";
import { parseCli, today } from "./args";
import { writeAtomically } from "./atomic-write";
import { errorDetail, InputError } from "./input-error";
import { outputColumn, outputPatch } from "./output-block";
import type { AddedSheet, PatchedSheet } from "./package-write";
import { planCopy, writeCopy } from "./package-write";
import type { SheetLayout } from "./sheet-read";
import { say } from "./words";
import { sheetRole } from "../excel/sheet-role";
import type { Workbook } from "./workbook-read";
import { openWorkbook, readWorksheet } from "./workbook-read";

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** The bundled sample: beside the sources (tsx) or the compiled CLI (bin/), whichever this module is. */
function findSample(): string {
  for (const up of ["../../", "../"]) {
    const file = fileURLToPath(new URL(`${up}assets/samples/inventory.xlsx`, import.meta.url));
    if (existsSync(file)) return file;
  }
  return fileURLToPath(new URL("../../assets/samples/inventory.xlsx", import.meta.url));
}

export const SAMPLE = findSample();

export interface SheetRun {
  readonly name: string;
  readonly layout: SheetLayout;
  readonly annotated: Annotated;
}

type Selected = { ok: true; runs: SheetRun[] } | { ok: false; message: string };

/** A header in the first 20 rows (SPEC §2): a sheet without one is not read further. */
const mayBeInventory = (values: readonly (readonly unknown[])[]): boolean => readInventory(values.slice(0, 20)) !== undefined;

/** Every inventory sheet of the workbook (or just --sheet), each read and decided on its own. */
async function runSheets(book: Workbook, options: CliOptions, file: string): Promise<Selected> {
  const ctx = { asOf: options.asOf, unified: options.unified };
  const { lang } = options;
  const read = { date1904: book.structure.date1904 };
  if (options.sheet !== undefined) {
    const sheet = book.structure.sheets.find((s) => s.name === options.sheet && s.part !== undefined);
    if (!sheet) return { ok: false, message: say(lang, "noSheet", { sheet: options.sheet }) };
    const got = await readWorksheet(book, sheet);
    const annotated = got && annotateValues(got.values, ctx, read);
    if (!got || !annotated) return { ok: false, message: say(lang, "noHeader", { sheet: options.sheet }) };
    return { ok: true, runs: [{ name: sheet.name, layout: got.layout, annotated }] };
  }
  const runs: SheetRun[] = [];
  for (const sheet of book.structure.sheets) {
    if (sheet.part === undefined || sheetRole(sheet.name) !== "inventory") continue; // the price book and quotes (SPEC §7)
    const got = await readWorksheet(book, sheet, mayBeInventory);
    const annotated = got && annotateValues(got.values, ctx, read);
    if (got && annotated) runs.push({ name: sheet.name, layout: got.layout, annotated });
  }
  return runs.length > 0 ? { ok: true, runs } : { ok: false, message: say(lang, "noInventory", { file }) };
}

/** The workbook's price book (sheet 価格表 / Price book), or undefined when it has none or no header is found. */
async function readWorkbookPriceBook(book: Workbook): Promise<PriceBook | undefined> {
  const name = priceBookSheetName(book.structure.sheets.map((s) => s.name));
  const sheet = book.structure.sheets.find((s) => s.name === name);
  const got = sheet && (await readWorksheet(book, sheet));
  return got && readPriceBook(got.values, { sheet: name ?? "" });
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
  for (const { name, annotated } of runs) {
    const s = summarise(annotated.decisions);
    io.out(say(lang, "sheetLine", { sheet: name, rows: s.rows, header: annotated.inventory.headerRow }));
    for (const [code, count] of Object.entries(s.byPriceClass)) {
      io.out(say(lang, "classLine", { label: priceClassLabel(code as keyof typeof s.byPriceClass, lang), count: count ?? 0 }));
    }
    io.out(say(lang, "warningsLine", { warnings: s.warnings, errors: s.errors }));
  }
}

/** Where the copy goes, or a one-line reason it cannot go there. */
function outputTarget(options: CliOptions, file: string): { out: string | undefined } | { message: string } {
  const { lang } = options;
  const out = options.out ?? (options.json ? undefined : annotatedPath(file));
  if (out === undefined) return { out };
  if (sameFile(out, file)) return { message: say(lang, "badArgs", { detail: `--out ${out}` }) };
  const ext = copyExtension(file);
  if (path.extname(out).toLowerCase() !== ext) return { message: say(lang, "outKind", { ext, file: out }) };
  return { out };
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
  const target = outputTarget(options, file);
  if ("message" in target) {
    io.err(target.message);
    return 2;
  }
  let book: Workbook | undefined;
  try {
    book = await openWorkbook(file);
    return await run(book, options, file, target.out, io, now);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    io.err(say(lang, e.problem, { file, ...e.params }));
    return 2;
  } finally {
    book?.close();
  }
}

async function run(
  book: Workbook,
  options: CliOptions,
  file: string,
  out: string | undefined,
  io: Io,
  now: Date,
): Promise<number> {
  const { lang } = options;
  const selected = await runSheets(book, options, file);
  if (!selected.ok) {
    io.err(selected.message);
    return 2;
  }
  const json: unknown[] =
    options.command === "annotate" && options.json
      ? selected.runs.flatMap(({ name, annotated }) => annotated.results.map((r) => JsonRow.parse(toJsonRow(r, lang, name))))
      : [];
  const patched: PatchedSheet[] = [];
  const added: AddedSheet[] = [];
  const quotes: { sheet: string; quote: Quote }[] = [];
  if (out !== undefined)
    for (const { name, layout, annotated } of selected.runs) {
      const start = outputColumn(annotated.inventory, layout.widest);
      if (start === undefined) {
        io.err(say(lang, "tooWide", { sheet: name }));
        return 2;
      }
      patched.push({ layout, patch: outputPatch(name, annotated.inventory, annotated.decisions, start, lang) });
    }
  if (options.command === "quote") {
    // SPEC §7: one quote per inventory sheet, each on a new sheet; the price book (if any) serves them all.
    const priceBook = await readWorkbookPriceBook(book);
    const taken = book.structure.sheets.map((s) => s.name);
    for (const { name, annotated } of selected.runs) {
      const quote = Quote.parse(quoteAnnotated(annotated, priceBook, { asOf: options.asOf, date: today(now), sheet: name }));
      quotes.push({ sheet: name, quote });
      json.push(quote);
      const sheetName = quoteSheetName([...taken, ...added.map((a) => a.name)], lang);
      added.push({ name: sheetName, sheet: quoteSheetValues(quote, lang, book.structure.date1904) });
    }
  }
  if (out !== undefined) {
    const plan = planCopy(book, patched, added, lang);
    const opened = book;
    try {
      await writeAtomically(out, (sink) => writeCopy(opened, plan, sink));
    } catch (e) {
      if (e instanceof InputError) throw e;
      io.err(say(lang, "cannotWrite", { file: out, detail: errorDetail(e) }));
      return 2;
    }
  }
  if (!options.json)
    quotes.forEach(({ sheet, quote: q }, k) =>
      io.out(
        say(lang, "quoteLine", {
          sheet,
          quote: out === undefined ? "-" : (added[k]?.name ?? "-"),
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
