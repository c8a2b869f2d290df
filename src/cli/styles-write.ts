// styles.xml (ECMA-376 Part 1 §18.8): the cell formats our cells need, each added once. A format already there as
// the same XML (an earlier run's) is reused, so re-annotating a copy does not grow the part; the rest of the part is
// kept as written. A workbook without a styles part (some generators write none) gets one.
import type { XmlAttribute, XmlNode } from "./xml";
import { childNamed, element, escapeAttribute, parseXml, prefixOf, qname } from "./xml";
import type { Edit } from "./splice";
import { insert, spliceText } from "./splice";

/** How a cell of ours looks: a bold font, a solid fill (ARGB), a number format, wrapped text. */
export interface Look {
  readonly bold?: boolean;
  readonly fill?: string;
  readonly numFmt?: string;
  readonly wrap?: boolean;
}

// CT_Stylesheet's children, in schema order: a list the part lacks is inserted before the first that follows it.
const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

/** A list element (fonts, fills, cellXfs…) and the children it has and will have. */
class List {
  readonly texts: string[];
  readonly added: string[] = [];

  constructor(
    readonly local: string,
    readonly node: XmlNode | undefined,
    readonly prefix: string,
    text: string,
    defaults: readonly string[],
  ) {
    this.texts = node ? node.children.map((c) => text.slice(c.start, c.end)) : [];
    if (!node) this.added.push(...defaults);
  }

  /** The index of a child written exactly so, added when there is none. */
  idOf(xml: string): number {
    const found = this.texts.indexOf(xml);
    if (found >= 0) return found;
    const again = this.added.indexOf(xml);
    if (again >= 0) return this.texts.length + again;
    this.added.push(xml);
    return this.texts.length + this.added.length - 1;
  }

  edits(root: XmlNode): Edit[] {
    if (this.added.length === 0) return [];
    const count = this.texts.length + this.added.length;
    if (!this.node) {
      const next = root.children.find((c) => ORDER.indexOf(c.local) > ORDER.indexOf(this.local) && c.uri === root.uri);
      return [insert(next?.start ?? root.closeStart, element(this.prefix, this.local, [["count", count]], this.added.join("")))];
    }
    const edits = [countEdit(this.node, count)];
    if (this.node.selfClosing) {
      const close = `</${qname(this.node.prefix, this.node.local)}>`;
      edits.push({ start: this.node.openEnd - 2, end: this.node.openEnd, text: `>${this.added.join("")}${close}` });
    } else edits.push(insert(this.node.closeStart, this.added.join("")));
    return edits;
  }
}

/** Set an element's `count` attribute (replacing the one it has, as written, or adding it after its name). */
export function countEdit(node: { nameEnd: number; attributes: readonly XmlAttribute[] }, count: number): Edit {
  const existing = node.attributes.find((a) => a.local === "count" && a.uri === "");
  const text = ` count="${count}"`;
  return existing ? { start: existing.start, end: existing.end, text } : insert(node.nameEnd, text);
}

export interface StylesWritten {
  readonly text: string;
  /** The cell format (xf index) of each look asked for. */
  readonly ids: number[];
}

/** The styles part with `looks` added; `text` undefined = the workbook has none (a new part in namespace `ns`). */
export function writeStyles(text: string | undefined, ns: string, looks: readonly Look[], part: string): StylesWritten {
  const source = text ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${ns}"></styleSheet>`;
  let root = parseXml(source, part);
  let base = source;
  if (root.selfClosing) {
    base = `${source.slice(0, root.openEnd - 2)}></${qname(root.prefix, root.local)}>${source.slice(root.openEnd)}`;
    root = parseXml(base, part);
  }
  const p = prefixOf(root.scope, root.uri) ?? root.prefix;
  const el = (local: string, attrs: readonly (readonly [string, string | number])[] = [], inner?: string): string =>
    element(p, local, attrs, inner);
  const list = (local: string, defaults: readonly string[]): List => {
    const node = childNamed(root, local, [root.uri]);
    return new List(local, node, node ? (prefixOf(node.scope, node.uri) ?? node.prefix) : p, base, defaults);
  };
  const numFmts = list("numFmts", []);
  const defaultFont = el("sz", [["val", 11]]) + el("name", [["val", "Calibri"]]);
  const fonts = list("fonts", [el("font", [], defaultFont)]);
  const fills = list("fills", [
    el("fill", [], el("patternFill", [["patternType", "none"]])),
    el("fill", [], el("patternFill", [["patternType", "gray125"]])),
  ]);
  const borders = list("borders", [el("border", [], ["left", "right", "top", "bottom", "diagonal"].map((s) => el(s)).join(""))]);
  const cellStyleXfs = list("cellStyleXfs", [
    el("xf", [
      ["numFmtId", 0],
      ["fontId", 0],
      ["fillId", 0],
      ["borderId", 0],
    ]),
  ]);
  const cellXfs = list("cellXfs", [
    el("xf", [
      ["numFmtId", 0],
      ["fontId", 0],
      ["fillId", 0],
      ["borderId", 0],
      ["xfId", 0],
    ]),
  ]);

  const formatIds = new Map<string, number>();
  let lastId = 163; // custom formats are numbered from 164 (§18.8.30)
  for (const f of numFmts.node?.children ?? []) {
    const id = Number(f.attributes.find((a) => a.local === "numFmtId")?.value ?? 0);
    const code = f.attributes.find((a) => a.local === "formatCode")?.value;
    if (code !== undefined && !formatIds.has(code)) formatIds.set(code, id);
    lastId = Math.max(lastId, id);
  }
  const formatId = (code: string): number => {
    let id = formatIds.get(code);
    if (id === undefined) {
      id = ++lastId;
      formatIds.set(code, id);
      numFmts.added.push(`<${qname(numFmts.prefix, "numFmt")} numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`);
    }
    return id;
  };
  // The workbook's default font (font 0), bold: our headers look like the rest of the sheet.
  const boldFont = (): number => {
    const first = fonts.node?.children[0];
    if (first === undefined) return fonts.idOf(element(fonts.prefix, "font", [], element(fonts.prefix, "b", []) + defaultFont));
    if (first.children.some((c) => c.local === "b")) return 0;
    const b = element(first.prefix, "b", []);
    const xml = base.slice(first.start, first.end);
    const at = first.openEnd - first.start;
    return fonts.idOf(first.selfClosing ? `${xml.slice(0, at - 2)}>${b}</${first.name}>` : xml.slice(0, at) + b + xml.slice(at));
  };
  const fill = (argb: string): number =>
    fills.idOf(
      `<${qname(fills.prefix, "fill")}>${element(fills.prefix, "patternFill", [["patternType", "solid"]], element(fills.prefix, "fgColor", [["rgb", argb]]) + element(fills.prefix, "bgColor", [["indexed", 64]]))}</${qname(fills.prefix, "fill")}>`,
    );
  const ids = looks.map((look) => {
    const numFmt = look.numFmt === undefined ? 0 : formatId(look.numFmt);
    const font = look.bold ? boldFont() : 0;
    const fillId = look.fill === undefined ? 0 : fill(look.fill);
    const attrs: [string, number][] = [
      ["numFmtId", numFmt],
      ["fontId", font],
      ["fillId", fillId],
      ["borderId", 0],
      ["xfId", 0],
    ];
    if (look.numFmt !== undefined) attrs.push(["applyNumberFormat", 1]);
    if (look.bold) attrs.push(["applyFont", 1]);
    if (look.fill !== undefined) attrs.push(["applyFill", 1]);
    if (look.wrap) attrs.push(["applyAlignment", 1]);
    const alignment = look.wrap
      ? element(cellXfs.prefix, "alignment", [
          ["vertical", "top"],
          ["wrapText", 1],
        ])
      : undefined;
    return cellXfs.idOf(element(cellXfs.prefix, "xf", attrs, alignment));
  });
  const edits = [numFmts, fonts, fills, borders, cellStyleXfs, cellXfs].flatMap((l) => l.edits(root));
  return { text: spliceText(base, edits), ids };
}
