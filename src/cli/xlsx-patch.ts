// The annotated copy, written at the level of the file: our output cells go into the inventory sheets' XML and every
// other part, row and cell of the user's workbook is copied as it was (charts, pivots, comments and formats included,
// which a load-and-save through exceljs would drop or rewrite). exceljs still reads the values; this only writes.
import path from "node:path";
import JSZip from "jszip";
import { workbookSerial } from "../core/dates";
import type { OutputCell } from "../render";
import type { Package } from "./xlsx-package";
import {
  addContentType,
  addRelationship,
  dropCalcChain,
  editPart,
  ofType,
  readPackage,
  SHARED_STRINGS_TYPE,
  writePart,
} from "./xlsx-package";
import type { OutputStyle } from "./xlsx-styles";
import { importStyles, patchStyles } from "./xlsx-styles";
import { columnLetters as letters0 } from "../excel/a1";
import { attributes, childrenOf, columnNumber, countOf, editElement, elementsIn, escapeXml, withCount } from "./xlsx-xml";

/** 1 → A: the XML's columns are 1-based, the pane's A1 helper takes 0-based indexes. */
const columnLetters = (column: number): string => letters0(column - 1);

export type { OutputStyle } from "./xlsx-styles";

export interface OutputCellStyled {
  readonly value: OutputCell;
  readonly style: OutputStyle;
}

/** One inventory sheet's output block: cells for some rows, the columns' widths, and whether to clear other rows. */
export interface SheetPatch {
  readonly sheet: string;
  /** 1-based column of the block's first cell. */
  readonly start: number;
  readonly widths: readonly number[];
  /** 1-based row → the block's cells on that row (null: no cell). */
  readonly rows: ReadonlyMap<number, readonly OutputCellStyled[]>;
  /** Rows below this one that `rows` does not name lose whatever the block's columns held (an earlier run's output). */
  readonly clearBelow?: number;
}

/** Our texts, added to the workbook's shared strings once each (repeated texts are the rule: targets, classes). */
class SharedStrings {
  private readonly byText = new Map<string, number>();
  private readonly byItem = new Map<string, number>();
  readonly added: string[] = [];
  references = 0;
  constructor(private readonly base: number) {}

  of(text: string): number {
    this.references++;
    let i = this.byText.get(text);
    if (i === undefined) this.byText.set(text, (i = this.push(`<si><t xml:space="preserve">${escapeXml(text)}</t></si>`)));
    return i;
  }

  /** An item as another workbook wrote it (`<si>…</si>`). */
  item(si: string): number {
    this.references++;
    let i = this.byItem.get(si);
    if (i === undefined) this.byItem.set(si, (i = this.push(si)));
    return i;
  }

  private push(si: string): number {
    this.added.push(si);
    return this.base + this.added.length - 1;
  }
}

function cellXml(ref: string, cell: OutputCellStyled, block: Block): string {
  const id = block.ids[cell.style];
  const s = id === 0 ? "" : ` s="${id}"`;
  if (typeof cell.value === "number") {
    const v = cell.style === "date" ? workbookSerial(cell.value, block.date1904) : cell.value;
    return `<c r="${ref}"${s}><v>${v}</v></c>`;
  }
  return `<c r="${ref}"${s} t="s"><v>${block.strings.of(String(cell.value))}</v></c>`;
}

const CELL = /<c(?=[\s/>])([^>]*?)(?:\/>|>[\s\S]*?<\/c>)/g;
const ROW = /<row(?=[\s/>])([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;

interface Block {
  readonly start: number;
  readonly end: number;
  readonly ids: Record<OutputStyle, number>;
  readonly strings: SharedStrings;
  /** The workbook counts dates from 1904: our date serials (1900-based) are shifted. */
  readonly date1904: boolean;
  /** Set when a cell we removed held a formula: the calculation chain then names a cell that no longer has one. */
  removedFormula: boolean;
}

/** One row's cells with the block's columns replaced by `ours` (none: the block's columns emptied); undefined if as it was. */
function patchRow(
  rowNumber: number,
  open: string,
  body: string,
  ours: readonly OutputCellStyled[] | undefined,
  block: Block,
): string | undefined {
  const before: string[] = [];
  const after: string[] = [];
  let column = 0;
  let changed = ours !== undefined;
  for (const m of body.matchAll(CELL)) {
    const ref = /\sr="([A-Za-z]+)\d*"/.exec(m[1] ?? "")?.[1];
    column = ref === undefined ? column + 1 : columnNumber(ref);
    if (column < block.start) before.push(m[0]);
    else if (column > block.end) after.push(m[0]);
    else {
      changed = true;
      if (m[0].includes("<f")) block.removedFormula = true;
    }
  }
  if (!changed) return undefined;
  const cells: string[] = [];
  ours?.forEach((cell, k) => {
    if (cell.value !== null) cells.push(cellXml(`${columnLetters(block.start + k)}${rowNumber}`, cell, block));
  });
  // `spans` is only a hint for the cells' extent; a stale one is dropped rather than recomputed.
  return `<row${open.replace(/\sspans="[^"]*"/, "")}>${before.join("")}${cells.join("")}${after.join("")}</row>`;
}

/** The sheet's rows with our block written in: rows we need that the sheet lacks are added in order. */
function patchSheetData(body: string, patch: SheetPatch, block: Block): string {
  const wanted = [...patch.rows.keys()].sort((a, b) => a - b);
  const out: string[] = [];
  let next = 0;
  let rowNumber = 0;
  let last = 0;
  const addMissing = (below: number) => {
    for (; next < wanted.length && (wanted[next] ?? 0) < below; next++) {
      const r = wanted[next] ?? 0;
      out.push(patchRow(r, ` r="${r}"`, "", patch.rows.get(r), block) ?? "");
    }
  };
  for (const m of body.matchAll(ROW)) {
    const open = m[1] ?? "";
    const r = /\sr="(\d+)"/.exec(open)?.[1];
    rowNumber = r === undefined ? rowNumber + 1 : Number(r);
    out.push(body.slice(last, m.index));
    last = m.index + m[0].length;
    addMissing(rowNumber);
    if (wanted[next] === rowNumber) next++;
    const ours = patch.rows.get(rowNumber);
    const clear = patch.clearBelow !== undefined && rowNumber > patch.clearBelow;
    out.push((ours !== undefined || clear ? patchRow(rowNumber, open, m[2] ?? "", ours, block) : undefined) ?? m[0]);
  }
  out.push(body.slice(last));
  addMissing(Infinity);
  return out.join("");
}

/** Column widths for the block: any <col> range that covers one of our columns is split around the block. */
function patchCols(xml: string, start: number, widths: readonly number[]): string {
  const end = start + widths.length - 1;
  const ours = widths.map((w, k) => ({
    min: start + k,
    xml: `<col min="${start + k}" max="${start + k}" width="${w}" customWidth="1"/>`,
  }));
  const edited = editElement(xml, "cols", (_, body) => {
    const kept: { min: number; xml: string }[] = [];
    for (const col of elementsIn(body, "col")) {
      const a = attributes(col.slice(0, col.indexOf(">")));
      const [min, max] = [Number(a.get("min")), Number(a.get("max"))];
      if (max < start || min > end) kept.push({ min, xml: col });
      else {
        const part = (lo: number, hi: number) =>
          col.replace(/\smin="\d+"/, ` min="${lo}"`).replace(/\smax="\d+"/, ` max="${hi}"`);
        if (min < start) kept.push({ min, xml: part(min, start - 1) });
        if (max > end) kept.push({ min: end + 1, xml: part(end + 1, max) });
      }
    }
    return `<cols>${[...kept, ...ours]
      .sort((a, b) => a.min - b.min)
      .map((c) => c.xml)
      .join("")}</cols>`;
  });
  return edited.found
    ? edited.xml
    : xml.replace(/<sheetData(?=[\s/>])/, (s) => `<cols>${ours.map((c) => c.xml).join("")}</cols>${s}`);
}

/** The used range grows to take in the block. */
function patchDimension(xml: string, patch: SheetPatch, end: number): string {
  let [firstRow, lastRow] = [Infinity, 0];
  for (const r of patch.rows.keys()) [firstRow, lastRow] = [Math.min(firstRow, r), Math.max(lastRow, r)];
  return xml.replace(/<dimension\b([^>]*?)ref="([^"]*)"/, (whole, pre: string, ref: string) => {
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(ref);
    if (!m) return whole;
    const [c1, r1] = [columnNumber(m[1] ?? "A"), Number(m[2])];
    const [c2, r2] = [m[3] === undefined ? c1 : columnNumber(m[3]), m[4] === undefined ? r1 : Number(m[4])];
    const from = `${columnLetters(Math.min(c1, patch.start))}${Math.min(r1, firstRow)}`;
    return `<dimension${pre}ref="${from}:${columnLetters(Math.max(c2, end))}${Math.max(r2, lastRow)}"`;
  });
}

function patchSheet(
  xml: string,
  patch: SheetPatch,
  shared: Pick<Block, "ids" | "strings" | "date1904">,
): { xml: string; removedFormula: boolean } {
  const block: Block = { ...shared, start: patch.start, end: patch.start + patch.widths.length - 1, removedFormula: false };
  const data = editElement(
    xml,
    "sheetData",
    (open, body) => `<sheetData${open}>${patchSheetData(body, patch, block)}</sheetData>`,
  );
  if (!data.found) throw new Error(`worksheet of ${patch.sheet} has no <sheetData>`);
  return {
    xml: patchDimension(patchCols(data.xml, patch.start, patch.widths), patch, block.end),
    removedFormula: block.removedFormula,
  };
}

/** The shared-strings part, created (with its relationship and content type) when the workbook has none. */
async function sharedStringsPart(zip: JSZip, pkg: Package, namespace: string): Promise<{ part: string; xml: string }> {
  const found = pkg.related.find((r) => ofType(r, "sharedStrings"));
  const xml = found === undefined ? undefined : await zip.file(found.part)?.async("string");
  if (found !== undefined && xml !== undefined) return { part: found.part, xml };
  const part = path.posix.join(path.posix.dirname(pkg.workbook), "sharedStrings.xml");
  await addRelationship(zip, pkg, "sharedStrings", "sharedStrings.xml");
  await addContentType(zip, part, SHARED_STRINGS_TYPE);
  return {
    part,
    xml: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${namespace}" count="0" uniqueCount="0"></sst>`,
  };
}

const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/**
 * The styles part, created when the workbook has none (some generators write none: every cell then has the default
 * look, which the one default format here keeps).
 */
async function stylesPartOf(zip: JSZip, pkg: Package): Promise<string> {
  const found = pkg.related.find((r) => ofType(r, "styles"))?.part;
  if (found !== undefined && zip.file(found)) return found;
  const workbook = (await zip.file(pkg.workbook)?.async("string")) ?? "";
  const namespace = /<workbook\b[^>]*\sxmlns="([^"]*)"/.exec(workbook)?.[1] ?? "";
  const part = path.posix.join(path.posix.dirname(pkg.workbook), "styles.xml");
  writePart(
    zip,
    part,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${namespace}">` +
      `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
      `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
      `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
      `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
  );
  await addRelationship(zip, pkg, "styles", "styles.xml");
  await addContentType(zip, part, STYLES_TYPE);
  return part;
}

const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/**
 * Every sheet of `added` (a small workbook holding only new sheets, such as a quote, as exceljs writes it) appended to
 * this package after its own sheets: its styles and strings brought over, its cells pointed at them.
 */
async function appendSheets(
  zip: JSZip,
  pkg: Package,
  stylesPart: string,
  strings: SharedStrings,
  added: Uint8Array,
): Promise<void> {
  const from = await JSZip.loadAsync(added);
  const fromPkg = await readPackage(from);
  const text = async (part: string | undefined) => (part === undefined ? "" : ((await from.file(part)?.async("string")) ?? ""));
  const fromStyles = await text(fromPkg.related.find((r) => ofType(r, "styles"))?.part);
  const items = childrenOf(await text(fromPkg.related.find((r) => ofType(r, "sharedStrings"))?.part), "sst", "si");
  let xfs: number[] = [];
  await editPart(zip, stylesPart, (xml) => {
    const imported = importStyles(xml, fromStyles);
    xfs = imported.xfs;
    return imported.xml;
  });
  const style = (tag: string, name: string) =>
    tag.replace(new RegExp(`\\s${name}="(\\d+)"`), (_, id: string) => ` ${name}="${xfs[Number(id)] ?? 0}"`);
  const dir = path.posix.dirname(pkg.workbook);
  for (const [name, part] of fromPkg.parts) {
    // A sheet with parts of its own (comments, drawings, links) would need those brought over too.
    if (from.file(path.posix.join(path.posix.dirname(part), "_rels", `${path.posix.basename(part)}.rels`)))
      throw new Error(`sheet ${name} has related parts`);
    const sheet = (await text(part))
      .replace(/<(?:c|row)\b[^>]*>/g, (tag) => style(tag, "s"))
      .replace(/<col\b[^>]*>/g, (tag) => style(tag, "style"))
      .replace(/(<c\b[^>]*\st="s"[^>]*>\s*<v>)(\d+)(<\/v>)/g, (_, open: string, k: string, close: string) => {
        return `${open}${strings.item(items[Number(k)] ?? "<si><t></t></si>")}${close}`;
      });
    let n = 1;
    while (zip.file(path.posix.join(dir, "worksheets", `sheet${n}.xml`))) n++;
    const target = `worksheets/sheet${n}.xml`;
    writePart(zip, path.posix.join(dir, target), sheet);
    await addContentType(zip, path.posix.join(dir, target), WORKSHEET_TYPE);
    const id = await addRelationship(zip, pkg, "worksheet", target);
    await editPart(zip, pkg.workbook, (xml) => {
      const sheetIds = [...xml.matchAll(/<sheet\b[^>]*\ssheetId="(\d+)"/g)].map((m) => Number(m[1]));
      // The prefix the workbook gives the relationships namespace (its own sheets' r:id use it).
      const prefix = /\sxmlns:(\w+)="[^"]*\/relationships"/.exec(xml)?.[1] ?? "r";
      const entry = `<sheet name="${escapeXml(name)}" sheetId="${Math.max(0, ...sheetIds) + 1}" ${prefix}:id="${id}"/>`;
      return xml.replace(/<\/sheets>/, `${entry}</sheets>`);
    });
  }
}

/**
 * The workbook `input` (xlsx bytes) with each patch's block written into its sheet, and the sheets of `added` (if
 * any) after its own; everything else as it was.
 */
export async function patchXlsx(input: Uint8Array, patches: readonly SheetPatch[], added?: Uint8Array): Promise<Buffer> {
  const zip = await JSZip.loadAsync(input);
  const pkg = await readPackage(zip);
  const stylesPart = await stylesPartOf(zip, pkg);
  let ids = { plain: 0 } as Record<OutputStyle, number>;
  let namespace = "";
  await editPart(zip, stylesPart, (xml) => {
    namespace = /<styleSheet\b[^>]*\sxmlns="([^"]*)"/.exec(xml)?.[1] ?? "";
    const patched = patchStyles(xml);
    ids = patched.ids;
    return patched.xml;
  });
  const sst = await sharedStringsPart(zip, pkg, namespace);
  const strings = new SharedStrings(countOf(sst.xml, "si"));
  let removedFormula = false;
  for (const patch of patches) {
    const part = pkg.parts.get(patch.sheet);
    if (part === undefined) throw new Error(`no worksheet part for ${patch.sheet}`);
    await editPart(zip, part, (xml) => {
      const patched = patchSheet(xml, patch, { ids, strings, date1904: pkg.date1904 });
      removedFormula ||= patched.removedFormula;
      return patched.xml;
    });
  }
  if (added !== undefined) await appendSheets(zip, pkg, stylesPart, strings, added);
  const sstXml = editElement(sst.xml, "sst", (open, body) => {
    const count = Number(/\scount="(\d+)"/.exec(open)?.[1] ?? 0) + strings.references;
    const unique = ` uniqueCount="${strings.added.length + countOf(body, "si")}"`;
    const attrs = / uniqueCount="\d*"/.test(open) ? open.replace(/ uniqueCount="\d*"/, unique) : `${open}${unique}`;
    // New items go after the last <si>, before an <extLst> if the list has one.
    const ext = body.search(/<extLst[\s>]/);
    const [items, tail] = ext < 0 ? [body, ""] : [body.slice(0, ext), body.slice(ext)];
    return `<sst${withCount(attrs, count)}>${items}${strings.added.join("")}${tail}</sst>`;
  });
  writePart(zip, sst.part, sstXml.xml);
  if (removedFormula) await dropCalcChain(zip, pkg);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
