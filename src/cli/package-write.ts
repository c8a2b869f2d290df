// The annotated copy as a zip stream: every part the CLI does not write is copied (its bytes the same once unzipped),
// the parts it does write are the input's text with edits spliced in, and new parts (a quote sheet, shared strings or
// styles the workbook lacked) are added with their relationships and content types.
import path from "node:path";
import { Readable } from "node:stream";
import yazl from "yazl";
import type { Lang } from "../core/model";
import type { QuoteSheet } from "../render";
import { StringTable } from "./cell-xml";
import { errorDetail, InputError } from "./input-error";
import type { Relationship, XmlPart } from "./ooxml";
import { CONTENT_TYPE, CONTENT_TYPES_NS, ofType, PACKAGE_RELATIONSHIPS } from "./ooxml";
import { countQuoteStrings, lookKey, quoteLooks, quoteSheetXml } from "./quote-sheet-xml";
import type { SheetLayout } from "./sheet-read";
import type { OutputStyle, SheetPatch } from "./sheet-write";
import { countStrings, removedCells, sheetEdits } from "./sheet-write";
import type { Edit } from "./splice";
import { insert, remove, splice, spliceText } from "./splice";
import { newSharedStrings, sharedStringsEdits } from "./strings-write";
import type { Look } from "./styles-write";
import { writeStyles } from "./styles-write";
import type { Workbook } from "./workbook-read";
import { attribute, childNamed, element, prefixOf } from "./xml";
import type { ZipEntry } from "./zip-package";
import { encode } from "./zip-package";

export interface PatchedSheet {
  readonly patch: SheetPatch;
  readonly layout: SheetLayout;
}

export interface AddedSheet {
  readonly name: string;
  readonly sheet: QuoteSheet;
}

const OUTPUT_LOOKS: Record<Exclude<OutputStyle, "plain">, Look> = {
  header: { bold: true },
  wrap: { wrap: true },
  date: { numFmt: "yyyy/mm/dd" },
  warning: { fill: "FFFFEB9C", wrap: true },
  error: { fill: "FFFFC7CE", wrap: true },
};

/** A part of the copy: copied from the input, rewritten as a stream of text, or whole text. */
type Source =
  | { kind: "copy"; entry: ZipEntry }
  | { kind: "splice"; entry: ZipEntry; edits: () => Iterable<Edit> }
  | { kind: "text"; text: string; entry: ZipEntry | undefined };

interface Plan {
  readonly parts: Map<string, Source>;
  readonly order: string[];
}

/** New relationships from the workbook, with ids it does not use yet. */
class Relationships {
  private readonly ids: Set<string>;
  private n: number;
  readonly added: { id: string; type: string; target: string }[] = [];

  constructor(
    related: readonly Relationship[],
    private readonly relNs: string,
    private readonly workbookPart: string,
  ) {
    this.ids = new Set(related.map((r) => r.id));
    this.n = related.length;
  }

  add(kind: string, part: string): string {
    let id: string;
    do id = `rId${++this.n}`;
    while (this.ids.has(id));
    this.ids.add(id);
    this.added.push({
      id,
      type: `${this.relNs}/${kind}`,
      target: path.posix.relative(path.posix.dirname(this.workbookPart), part),
    });
    return id;
  }
}

/** A new part's name not taken in the package (case-insensitively): xl/styles.xml, else xl/styles1.xml… */
function freePart(book: Workbook, taken: Set<string>, folder: string, stem: string, plain = false): string {
  for (let n = plain ? 0 : 1; ; n++) {
    const part = path.posix.join(folder, `${stem}${n === 0 ? "" : n}.xml`);
    if (!book.zip.find(part) && !taken.has(part.toLowerCase())) {
      taken.add(part.toLowerCase());
      return part;
    }
  }
}

/** Plan every part of the copy: which are copied, which rewritten and how, which are new. */
export function planCopy(book: Workbook, sheets: readonly PatchedSheet[], added: readonly AddedSheet[], lang: Lang): Plan {
  const { structure } = book;
  const wb = structure.workbook.name;
  const dir = path.posix.dirname(wb);
  const taken = new Set<string>();
  const rels = new Relationships(structure.related, structure.relNs, wb);
  const newOverrides: [string, string][] = [];

  // styles: our looks, each once, then every cell format known
  const looks = new Map<string, Look>();
  if (sheets.length > 0) for (const look of Object.values(OUTPUT_LOOKS)) looks.set(lookKey(look), look);
  for (const a of added) for (const look of quoteLooks(a.sheet)) looks.set(lookKey(look), look);
  const lookList = [...looks.values()];
  const stylesName = book.styles?.name ?? freePart(book, taken, dir, "styles", true);
  const styles = writeStyles(book.styles?.text, structure.mainNs, lookList, stylesName);
  const styleOf = (look: Look): number => styles.ids[lookList.findIndex((l) => lookKey(l) === lookKey(look))] ?? 0;
  const outputStyles = { plain: 0 } as Record<OutputStyle, number>;
  for (const [k, look] of Object.entries(OUTPUT_LOOKS)) outputStyles[k as OutputStyle] = styleOf(look);

  // shared strings: every text of ours counted before any part is written
  const strings = new StringTable(book.strings);
  for (const s of sheets) countStrings(s.patch, { strings, lang });
  for (const a of added) countQuoteStrings(a.sheet, strings, lang);
  let removedShared = 0;
  let removedFormula = false;
  for (const s of sheets) {
    const r = removedCells(s.layout, s.patch);
    removedShared += r.sharedStrings;
    removedFormula ||= r.formula;
  }

  const parts = new Map<string, Source>();
  const order: string[] = [];
  const put = (name: string, source: Source): void => {
    if (!parts.has(name)) order.push(name);
    parts.set(name, source);
  };
  for (const e of book.zip.entries) put(e.name, { kind: "copy", entry: e });

  if (book.styles) put(book.styles.name, { kind: "text", text: styles.text, entry: book.styles.entry });
  else {
    put(stylesName, { kind: "text", text: styles.text, entry: undefined });
    rels.add("styles", stylesName);
    newOverrides.push([stylesName, CONTENT_TYPE.styles]);
  }

  if (book.strings) {
    const entry = book.zip.find(book.strings.layout.part);
    const layout = book.strings.layout;
    if (entry) put(entry.name, { kind: "splice", entry, edits: () => sharedStringsEdits(layout, strings, removedShared) });
  } else if (strings.uniqueCount > 0) {
    const name = freePart(book, taken, dir, "sharedStrings", true);
    put(name, { kind: "text", text: newSharedStrings(structure.mainNs, strings), entry: undefined });
    rels.add("sharedStrings", name);
    newOverrides.push([name, CONTENT_TYPE.sharedStrings]);
  }

  for (const s of sheets) {
    const entry = book.zip.find(s.layout.part);
    if (!entry) continue;
    const ctx = { styles: outputStyles, strings, date1904: structure.date1904, lang };
    put(entry.name, { kind: "splice", entry, edits: () => sheetEdits(s.layout, s.patch, ctx) });
  }

  const newSheets: string[] = [];
  for (const a of added) {
    const part = freePart(book, taken, path.posix.join(dir, "worksheets"), "sheet");
    const ctx = { mainNs: structure.mainNs, relNs: structure.relNs, styleOf, strings, lang };
    put(part, { kind: "text", text: quoteSheetXml(a.sheet, ctx), entry: undefined });
    newOverrides.push([part, CONTENT_TYPE.worksheet]);
    newSheets.push(rels.add("worksheet", part));
  }
  if (added.length > 0)
    put(wb, {
      kind: "text",
      text: addSheets(structure.workbook, added, newSheets, structure.relNs),
      entry: structure.workbook.entry,
    });

  // The calculation chain is a cache Excel rebuilds; one that names a cell we emptied makes Excel repair the file.
  const chain = removedFormula ? structure.related.find((r) => ofType(r, "calcChain")) : undefined;
  const chainEntry = chain?.part === undefined ? undefined : book.zip.find(chain.part);
  if (chainEntry) {
    parts.delete(chainEntry.name);
    order.splice(order.indexOf(chainEntry.name), 1);
  }
  if (rels.added.length > 0 || chain) {
    const text = relationshipsText(structure.rels, rels.added, chain);
    put(structure.rels?.name ?? structure.relsName, { kind: "text", text, entry: structure.rels?.entry });
  }
  if (newOverrides.length > 0 || chainEntry) {
    const ct = structure.contentTypes;
    put(ct.name, { kind: "text", text: contentTypesText(ct, newOverrides, chainEntry?.name), entry: ct.entry });
  }
  return { parts, order };
}

/** workbook.xml with the new sheets after its own (its r: prefix, or the namespace declared on the entry). */
function addSheets(workbook: XmlPart, added: readonly AddedSheet[], ids: readonly string[], relNs: string): string {
  const sheets = childNamed(workbook.root, "sheets", [workbook.root.uri]);
  if (!sheets) throw new InputError("badPart", { part: workbook.name, detail: "no <sheets>" });
  const p = prefixOf(sheets.scope, sheets.uri) ?? sheets.prefix;
  const r = prefixOf(sheets.scope, relNs);
  const sheetIds = sheets.children.map((s) => Number(attribute(s, "sheetId") ?? 0)).filter(Number.isFinite);
  let next = Math.max(0, ...sheetIds);
  const xml = added
    .map((a, k) => {
      const attrs: [string, string | number][] = [
        ["name", a.name],
        ["sheetId", ++next],
      ];
      if (r === undefined || r === "") attrs.push(["xmlns:r", relNs], ["r:id", ids[k] ?? ""]);
      else attrs.push([`${r}:id`, ids[k] ?? ""]);
      return element(p, "sheet", attrs);
    })
    .join("");
  return spliceText(workbook.text, [insert(sheets.closeStart, xml)]);
}

/** The workbook's relationships part with `added`, and without the calculation chain's. */
function relationshipsText(
  rels: XmlPart | undefined,
  added: readonly { id: string; type: string; target: string }[],
  chain: Relationship | undefined,
): string {
  const text =
    rels?.text ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"></Relationships>`;
  const root = rels?.root;
  const p = root ? (prefixOf(root.scope, root.uri) ?? root.prefix) : "";
  const xml = added
    .map((r) =>
      element(p, "Relationship", [
        ["Id", r.id],
        ["Type", r.type],
        ["Target", r.target],
      ]),
    )
    .join("");
  const edits: Edit[] = [];
  if (chain) edits.push(remove(chain.node.start, chain.node.end));
  edits.push(insert(root ? root.closeStart : text.lastIndexOf("</Relationships>"), xml));
  return spliceText(text, edits);
}

/** [Content_Types].xml with an Override per new part, and without the calculation chain's. */
function contentTypesText(ct: XmlPart, added: readonly [string, string][], chain: string | undefined): string {
  const root = ct.root;
  const p = prefixOf(root.scope, CONTENT_TYPES_NS) ?? root.prefix;
  const edits: Edit[] = [];
  if (chain !== undefined)
    for (const o of root.children)
      if (o.local === "Override" && (attribute(o, "PartName") ?? "").toLowerCase() === `/${chain}`.toLowerCase())
        edits.push(remove(o.start, o.end));
  edits.push(
    insert(
      root.closeStart,
      added
        .map(([part, type]) =>
          element(p, "Override", [
            ["PartName", `/${part}`],
            ["ContentType", type],
          ]),
        )
        .join(""),
    ),
  );
  return spliceText(ct.text, edits);
}

/** Copies at level 6; large rewritten parts (a full sheet) at level 1, several times faster for a little more size. */
const LARGE = 4 * 1024 * 1024;

/** Write the planned copy as a zip to `sink`. Input problems found while copying are InputErrors. */
export function writeCopy(book: Workbook, plan: Plan, sink: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve, reject) => {
    const zip = new yazl.ZipFile();
    let failed = false;
    const fail = (e: unknown): void => {
      if (failed) return;
      failed = true;
      zip.outputStream.unpipe();
      reject(e instanceof InputError ? e : new InputError("badPart", { part: "?", detail: errorDetail(e) }));
    };
    // yazl does not pass on its input streams' errors: a broken part would stall the zip without these
    const watch = (s: Readable, part: string): Readable =>
      s.on("error", (e) => fail(e instanceof InputError ? e : new InputError("badPart", { part, detail: errorDetail(e) })));
    zip.on("error", fail);
    zip.outputStream.on("error", fail);
    zip.outputStream.pipe(sink).on("finish", () => (failed ? undefined : resolve()));
    for (const name of plan.order) {
      const source = plan.parts.get(name);
      if (!source) continue;
      const entry = source.entry;
      const mtime = entry?.modified ?? new Date();
      if (entry?.directory) {
        zip.addEmptyDirectory(name, { mtime });
        continue;
      }
      const level = entry?.stored ? 0 : (entry?.size ?? 0) > LARGE ? 1 : 6;
      const options = { mtime, compress: level !== 0, compressionLevel: level, forceDosTimestamp: true };
      if (source.kind === "copy") {
        zip.addReadStreamLazy(name, options, (cb) => {
          book.zip.bytes(source.entry).then((s) => cb(null, watch(s, name)), fail);
        });
      } else if (source.kind === "text") {
        const bytes = encode(source.text, book.zip.encoding(source.entry), true);
        zip.addReadStreamLazy(name, options, (cb) => cb(null, watch(Readable.from([bytes]), name)));
      } else {
        zip.addReadStreamLazy(name, options, (cb) =>
          cb(null, watch(Readable.from(encoded(splice(book.zip.text(source.entry), source.edits()), book, source.entry)), name)),
        );
      }
    }
    zip.end();
  });
}

async function* encoded(text: AsyncIterable<string>, book: Workbook, entry: ZipEntry): AsyncGenerator<Buffer> {
  let first = true;
  for await (const t of text) {
    yield encode(t, book.zip.encoding(entry), first);
    first = false;
  }
}
