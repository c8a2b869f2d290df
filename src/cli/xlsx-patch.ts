// The annotated copy, written at the level of the file: our output cells go into the inventory sheets' XML and every
// other part, row and cell of the user's workbook is copied as it was (charts, pivots, comments and formats included,
// which a load-and-save through exceljs would drop or rewrite). exceljs still reads the values; this only writes.
import path from "node:path";
import JSZip from "jszip";
import type { OutputCell } from "../core/render";

/** The styles our cells take; `plain` is the workbook's default style. */
export type OutputStyle = "header" | "plain" | "wrap" | "date" | "warning" | "error";

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

export const DATE_FORMAT = "yyyy/mm/dd";
const FILLS = { warning: "FFFFEB9C", error: "FFFFC7CE" } as const;

const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITY = /&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(ENTITY, (_, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
    hex !== undefined
      ? String.fromCodePoint(parseInt(hex, 16))
      : dec !== undefined
        ? String.fromCodePoint(Number(dec))
        : (NAMED[name?.toLowerCase() ?? ""] ?? ""),
  );
}

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tag.matchAll(ATTRIBUTE)) found.set(m[1] ?? "", decode(m[2] ?? m[3] ?? ""));
  return found;
}

// Characters XML 1.0 cannot carry at all (a stray control character in a note must not make the file unreadable).
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const escapeXml = (text: string): string =>
  text.replace(NOT_XML, "").replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));

export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** The worksheet part of each sheet name, following the package's relationships (SpreadsheetML §12.3). */
interface Package {
  readonly workbook: string;
  readonly rels: string;
  /** Sheet name → worksheet part. */
  readonly parts: Map<string, string>;
  /** The workbook's relationships: id, type and part. */
  readonly related: { id: string; type: string; part: string }[];
  readonly date1904: boolean;
}

/** A relationship of this kind: matched on the type's last segment, which Transitional and Strict OOXML share. */
const ofType = (r: { type: string }, kind: string): boolean => r.type.endsWith(`/${kind}`);

async function readPackage(zip: JSZip): Promise<Package> {
  const rootRels = (await zip.file("_rels/.rels")?.async("string")) ?? "";
  const officeDocument = [...rootRels.matchAll(/<Relationship\b[^>]*>/g)]
    .map((m) => attributes(m[0]))
    .find((a) => ofType({ type: a.get("Type") ?? "" }, "officeDocument"));
  const workbook = (officeDocument?.get("Target") ?? "xl/workbook.xml").replace(/^\//, "");
  const dir = path.posix.dirname(workbook);
  const rels = path.posix.join(dir, "_rels", `${path.posix.basename(workbook)}.rels`);
  const related = [...((await zip.file(rels)?.async("string")) ?? "").matchAll(/<Relationship\b[^>]*>/g)].map((m) => {
    const a = attributes(m[0]);
    const target = a.get("Target") ?? "";
    return {
      id: a.get("Id") ?? "",
      type: a.get("Type") ?? "",
      part: target.startsWith("/") ? target.slice(1) : path.posix.join(dir, target),
    };
  });
  const parts = new Map<string, string>();
  const workbookXml = (await zip.file(workbook)?.async("string")) ?? "";
  for (const m of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const id = [...a].find(([k]) => /^\w+:id$/.test(k))?.[1];
    const part = related.find((r) => r.id === id)?.part;
    if (part !== undefined) parts.set(a.get("name") ?? "", part);
  }
  const date1904 = /<workbookPr\b[^>]*\sdate1904="(1|true)"/.test(workbookXml);
  return { workbook, rels, parts, related, date1904 };
}

/** Replace the element `name` (`<name …>…</name>` or `<name …/>`) by what `edit` makes of its attributes and body. */
function editElement(xml: string, name: string, edit: (open: string, body: string) => string): { xml: string; found: boolean } {
  const m = new RegExp(`<${name}(?=[\\s/>])([^>]*?)(/>|>([\\s\\S]*?)</${name}>)`).exec(xml);
  if (!m) return { xml, found: false };
  const open = m[1] ?? "";
  return { xml: xml.slice(0, m.index) + edit(open, m[3] ?? "") + xml.slice(m.index + m[0].length), found: true };
}

const withCount = (open: string, count: number): string =>
  / count="\d*"/.test(open) ? open.replace(/ count="\d*"/, ` count="${count}"`) : `${open} count="${count}"`;

const countOf = (body: string, child: string): number => body.match(new RegExp(`<${child}(?=[\\s/>])`, "g"))?.length ?? 0;

/**
 * Add children to a list element (fonts, fills, cellXfs…) and return each one's index. A child already there as the
 * same XML (an earlier run's) is reused, so re-annotating a copy does not grow the styles each time.
 */
function addTo(xml: string, list: string, child: string, wanted: readonly string[]): { xml: string; ids: number[] } {
  let ids: number[] = [];
  const r = editElement(xml, list, (open, body) => {
    const children = [...body.matchAll(new RegExp(`<${child}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${child}>)`, "g"))].map(
      (m) => m[0],
    );
    const added: string[] = [];
    ids = wanted.map((w) => {
      const found = children.indexOf(w);
      if (found >= 0) return found;
      added.push(w);
      return children.length + added.length - 1;
    });
    return `<${list}${withCount(open, children.length + added.length)}>${body}${added.join("")}</${list}>`;
  });
  if (!r.found) throw new Error(`styles.xml has no <${list}>`);
  return { xml: r.xml, ids };
}

/** Our styles added to styles.xml: a bold header font, two fills, the date format, and one cell format per style. */
function patchStyles(xml: string): { xml: string; ids: Record<OutputStyle, number> } {
  const formats = [...xml.matchAll(/<numFmt\b[^>]*>/g)].map((m) => attributes(m[0]));
  const existing = formats.find((a) => a.get("formatCode") === DATE_FORMAT)?.get("numFmtId");
  // Custom formats are numbered from 164 (SpreadsheetML §18.8.30).
  const numFmtId = existing ?? String(Math.max(163, ...formats.map((a) => Number(a.get("numFmtId") ?? 0))) + 1);
  if (existing === undefined) {
    const format = `<numFmt numFmtId="${numFmtId}" formatCode="${DATE_FORMAT}"/>`;
    const numFmts = editElement(
      xml,
      "numFmts",
      (open, body) => `<numFmts${withCount(open, countOf(body, "numFmt") + 1)}>${body}${format}</numFmts>`,
    );
    xml = numFmts.found
      ? numFmts.xml
      : xml.replace(/<styleSheet\b[^>]*>/, (root) => `${root}<numFmts count="1">${format}</numFmts>`);
  }
  const firstFont = /<font(?=[\s/>])[^>]*?(?:\/>|>[\s\S]*?<\/font>)/.exec(xml)?.[0] ?? "<font/>";
  const bold = firstFont.endsWith("/>")
    ? "<font><b/></font>"
    : /<b\s*\/>/.test(firstFont)
      ? firstFont
      : firstFont.replace(/<font([^>]*)>/, "<font$1><b/>");
  const fonts = addTo(xml, "fonts", "font", [bold]);
  const fill = (argb: string) =>
    `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor indexed="64"/></patternFill></fill>`;
  const fills = addTo(fonts.xml, "fills", "fill", [fill(FILLS.warning), fill(FILLS.error)]);
  const wrap = `<alignment vertical="top" wrapText="1"/>`;
  const xf = (ids: { numFmt?: string; font?: number; fill?: number }, apply: string, inner = "") =>
    `<xf numFmtId="${ids.numFmt ?? 0}" fontId="${ids.font ?? 0}" fillId="${ids.fill ?? 0}" borderId="0" xfId="0" ${apply}` +
    (inner === "" ? "/>" : `>${inner}</xf>`);
  const xfs = addTo(fills.xml, "cellXfs", "xf", [
    xf({ font: fonts.ids[0] ?? 0 }, `applyFont="1"`),
    xf({}, `applyAlignment="1"`, wrap),
    xf({ numFmt: numFmtId }, `applyNumberFormat="1"`),
    xf({ fill: fills.ids[0] ?? 0 }, `applyFill="1" applyAlignment="1"`, wrap),
    xf({ fill: fills.ids[1] ?? 0 }, `applyFill="1" applyAlignment="1"`, wrap),
  ]);
  const [header = 0, wrapped = 0, date = 0, warning = 0, error = 0] = xfs.ids;
  return { xml: xfs.xml, ids: { plain: 0, header, wrap: wrapped, date, warning, error } };
}

/** Our texts, added to the workbook's shared strings once each (repeated texts are the rule: targets, classes). */
class SharedStrings {
  private readonly index = new Map<string, number>();
  readonly added: string[] = [];
  references = 0;
  constructor(private readonly base: number) {}

  of(text: string): number {
    this.references++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.base + this.added.length;
      this.index.set(text, i);
      this.added.push(`<si><t xml:space="preserve">${escapeXml(text)}</t></si>`);
    }
    return i;
  }
}

/** Days between the 1900 and 1904 date systems' serial numbers (a workbook made on an old Mac counts from 1904). */
const DAYS_1900_TO_1904 = 1462;

function cellXml(ref: string, cell: OutputCellStyled, block: Block): string {
  const id = block.ids[cell.style];
  const s = id === 0 ? "" : ` s="${id}"`;
  if (typeof cell.value === "number") {
    const v = cell.style === "date" && block.date1904 ? cell.value - DAYS_1900_TO_1904 : cell.value;
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
    for (const m of body.matchAll(/<col(?=[\s/>])[^>]*?(?:\/>|>[\s\S]*?<\/col>)/g)) {
      const a = attributes(m[0].slice(0, m[0].indexOf(">")));
      const [min, max] = [Number(a.get("min")), Number(a.get("max"))];
      if (max < start || min > end) kept.push({ min, xml: m[0] });
      else {
        const part = (lo: number, hi: number) =>
          m[0].replace(/\smin="\d+"/, ` min="${lo}"`).replace(/\smax="\d+"/, ` max="${hi}"`);
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

const SHARED_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";

/** Node's encoder (JSZip's own is several times slower); no folder entries the input did not have. */
const writePart = (zip: JSZip, part: string, xml: string): void => {
  zip.file(part, Buffer.from(xml, "utf8"), { createFolders: false });
};

async function editPart(zip: JSZip, part: string, edit: (xml: string) => string): Promise<void> {
  const xml = await zip.file(part)?.async("string");
  if (xml === undefined) throw new Error(`the workbook has no ${part}`);
  writePart(zip, part, edit(xml));
}

/** The shared-strings part, created (with its relationship and content type) when the workbook has none. */
async function sharedStringsPart(zip: JSZip, pkg: Package, namespace: string): Promise<{ part: string; xml: string }> {
  const found = pkg.related.find((r) => ofType(r, "sharedStrings"));
  const xml = found === undefined ? undefined : await zip.file(found.part)?.async("string");
  if (found !== undefined && xml !== undefined) return { part: found.part, xml };
  const part = path.posix.join(path.posix.dirname(pkg.workbook), "sharedStrings.xml");
  const ids = new Set(pkg.related.map((r) => r.id));
  let n = pkg.related.length + 1;
  while (ids.has(`rId${n}`)) n++;
  // In the package's own namespace (Transitional or Strict), as its styles relationship is.
  const type = (pkg.related.find((r) => ofType(r, "styles"))?.type ?? "").replace(/styles$/, "sharedStrings");
  await editPart(zip, pkg.rels, (rels) =>
    rels.replace("</Relationships>", `<Relationship Id="rId${n}" Type="${type}" Target="sharedStrings.xml"/></Relationships>`),
  );
  await editPart(zip, "[Content_Types].xml", (types) =>
    types.replace("</Types>", `<Override PartName="/${part}" ContentType="${SHARED_STRINGS_TYPE}"/></Types>`),
  );
  return {
    part,
    xml: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${namespace}" count="0" uniqueCount="0"></sst>`,
  };
}

/** The calculation chain is a cache Excel rebuilds; one that names a cell we emptied makes Excel repair the file. */
async function dropCalcChain(zip: JSZip, pkg: Package): Promise<void> {
  const chain = pkg.related.find((r) => ofType(r, "calcChain"));
  if (chain === undefined) return;
  zip.remove(chain.part);
  await editPart(zip, "[Content_Types].xml", (xml) => xml.replace(/<Override\b[^>]*calcChain[^>]*\/>/g, ""));
  await editPart(zip, pkg.rels, (xml) => xml.replace(/<Relationship\b[^>]*calcChain[^>]*\/>/g, ""));
}

/** The workbook `input` (xlsx bytes) with each patch's block written into its sheet; everything else as it was. */
export async function patchXlsx(input: Uint8Array, patches: readonly SheetPatch[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(input);
  const pkg = await readPackage(zip);
  const stylesPart = pkg.related.find((r) => ofType(r, "styles"))?.part;
  if (stylesPart === undefined) throw new Error("the workbook has no styles part");
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
