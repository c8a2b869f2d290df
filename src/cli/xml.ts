// The package's XML, read with a strict, namespace-aware streaming parser (saxes): every part the CLI reads or edits
// goes through here, never through regular expressions. Besides names and text it reports where each element's
// markup starts and ends in the text, so a writer can copy a part verbatim and change only what it must.
import { SaxesParser } from "saxes";
import type { SaxesTagNS } from "saxes";

/** A part that is not well-formed XML (or declares a DTD, which no OOXML part may). */
export class XmlError extends Error {}

export interface XmlAttribute {
  readonly name: string;
  readonly local: string;
  /** "" for an unprefixed attribute (attributes do not take the default namespace). */
  readonly uri: string;
  readonly value: string;
  /** Text range of the attribute, its leading white space included: removing it leaves a well-formed tag. */
  readonly start: number;
  readonly end: number;
}

export interface XmlOpen {
  readonly name: string;
  readonly prefix: string;
  readonly local: string;
  readonly uri: string;
  /** Where `<` of the start tag is, where its name ends, and just past its `>` (or `/>`). */
  readonly start: number;
  readonly nameEnd: number;
  readonly openEnd: number;
  readonly selfClosing: boolean;
  readonly tag: SaxesTagNS;
  /** Namespace prefixes in scope (prefix → URI; "" is the default namespace). */
  readonly scope: ReadonlyMap<string, string>;
}

export interface XmlHandlers {
  open?(el: XmlOpen): void;
  /** `closeStart` is where `</name>` starts (= `end` for a self-closing element); `end` is just past it. */
  close?(el: XmlOpen, closeStart: number, end: number): void;
  /** Character data, CDATA sections included (possibly in several calls). */
  text?(text: string): void;
}

const XML_NS = "http://www.w3.org/XML/1998/namespace";
const BASE_SCOPE: ReadonlyMap<string, string> = new Map([["xml", XML_NS]]);

/** An attribute by local name and namespace ("" = unprefixed), if the element has it. */
export function attribute(
  el: Pick<XmlOpen, "tag"> | undefined,
  local: string,
  uris: string | readonly string[] = "",
): string | undefined {
  if (el === undefined) return undefined;
  for (const name in el.tag.attributes) {
    const a = el.tag.attributes[name];
    if (a !== undefined && a.local === local && (typeof uris === "string" ? a.uri === uris : uris.includes(a.uri)))
      return a.value;
  }
  return undefined;
}

/** The prefix bound to `uri` in scope ("" when it is the default namespace), or undefined. */
export function prefixOf(scope: ReadonlyMap<string, string>, uri: string): string | undefined {
  if (scope.get("") === uri) return "";
  for (const [prefix, bound] of scope) if (bound === uri && prefix !== "") return prefix;
  return undefined;
}

/**
 * A streaming reader: feed text with `write`, then `end`. Positions are indexes into the text fed so far, counted
 * as JavaScript string indexes (what `slice` takes).
 */
export class XmlReader {
  private readonly parser = new SaxesParser({ xmlns: true, position: true });
  /** Where the construct after the last one reported begins: the start of the next tag. */
  private cursor = 0;
  private start = 0;
  private nameEnd = 0;
  private lastAttributeEnd = 0;
  private attributeRanges: { name: string; start: number; end: number }[] = [];
  private readonly stack: XmlOpen[] = [];

  constructor(
    private readonly handlers: XmlHandlers,
    private readonly part: string,
  ) {
    const p = this.parser;
    p.on("error", (e) => {
      throw new XmlError(`${part}: ${e.message}`);
    });
    p.on("doctype", () => {
      throw new XmlError(`${part}: a DTD is not allowed`);
    });
    p.on("xmldecl", () => void (this.cursor = p.position));
    p.on("processinginstruction", () => void (this.cursor = p.position));
    // the comment event comes after "--", before the ">" that must follow
    p.on("comment", () => void (this.cursor = p.position + 1));
    p.on("text", (t) => {
      this.cursor = p.position - 1; // called on reading the "<" that ends the text
      handlers.text?.(t);
    });
    p.on("cdata", (t) => {
      this.cursor = p.position;
      handlers.text?.(t);
    });
    p.on("opentagstart", (tag) => {
      this.start = this.cursor;
      this.nameEnd = this.cursor + 1 + tag.name.length;
      this.lastAttributeEnd = this.nameEnd;
      this.attributeRanges = [];
    });
    p.on("attribute", (a) => {
      this.attributeRanges.push({ name: a.name, start: this.lastAttributeEnd, end: p.position });
      this.lastAttributeEnd = p.position;
    });
    p.on("opentag", (tag) => {
      this.cursor = p.position;
      const parent = this.stack[this.stack.length - 1]?.scope ?? BASE_SCOPE;
      let scope = parent;
      for (const prefix in tag.ns) {
        if (scope === parent) scope = new Map(parent);
        (scope as Map<string, string>).set(prefix, tag.ns[prefix] ?? "");
      }
      const el: XmlOpen = {
        name: tag.name,
        prefix: tag.prefix,
        local: tag.local,
        uri: tag.uri,
        start: this.start,
        nameEnd: this.nameEnd,
        openEnd: p.position,
        selfClosing: tag.isSelfClosing,
        tag,
        scope,
      };
      this.stack.push(el);
      handlers.open?.(el);
    });
    p.on("closetag", () => {
      const el = this.stack.pop();
      const closeStart = el?.selfClosing ? p.position : this.cursor;
      this.cursor = p.position;
      if (el) handlers.close?.(el, closeStart, p.position);
    });
  }

  /** The range of an attribute of the element being opened, as written (only valid inside `open`). */
  attributeRange(name: string): { start: number; end: number } | undefined {
    return this.attributeRanges.find((a) => a.name === name);
  }

  /** Every attribute of the element being opened, with its range (only valid inside `open`). */
  attributes(el: XmlOpen): XmlAttribute[] {
    return this.attributeRanges.map((r) => {
      const a = el.tag.attributes[r.name];
      return { name: r.name, local: a?.local ?? r.name, uri: a?.uri ?? "", value: a?.value ?? "", start: r.start, end: r.end };
    });
  }

  write(text: string): void {
    this.parser.write(text);
  }

  end(): void {
    this.parser.close();
  }

  get depth(): number {
    return this.stack.length;
  }

  get partName(): string {
    return this.part;
  }
}

/** An element of a small part read whole: its markup's range, attributes, children and text. */
export interface XmlNode extends XmlOpen {
  readonly attributes: readonly XmlAttribute[];
  readonly children: XmlNode[];
  text: string;
  closeStart: number;
  end: number;
}

/** Read a small part (workbook, relationships, content types, styles) into a tree. Throws XmlError. */
export function parseXml(text: string, part: string): XmlNode {
  const stack: XmlNode[] = [];
  let root: XmlNode | undefined;
  const reader: XmlReader = new XmlReader(
    {
      open(el) {
        const node: XmlNode = { ...el, attributes: reader.attributes(el), children: [], text: "", closeStart: 0, end: 0 };
        stack[stack.length - 1]?.children.push(node);
        root ??= node;
        stack.push(node);
      },
      close(_, closeStart, end) {
        const node = stack.pop();
        if (node) [node.closeStart, node.end] = [closeStart, end];
      },
      text(t) {
        const node = stack[stack.length - 1];
        if (node) node.text += t;
      },
    },
    part,
  );
  reader.write(text);
  reader.end();
  if (!root) throw new XmlError(`${part}: no root element`);
  return root;
}

/** The children of `node` with this local name in one of these namespaces. */
export const childrenNamed = (node: XmlNode, local: string, uris: readonly string[]): XmlNode[] =>
  node.children.filter((c) => c.local === local && uris.includes(c.uri));

export const childNamed = (node: XmlNode, local: string, uris: readonly string[]): XmlNode | undefined =>
  node.children.find((c) => c.local === local && uris.includes(c.uri));

// Characters XML 1.0 cannot carry at all (a stray control character in a note must not make the file unreadable),
// and lone surrogates, which UTF-8 cannot encode.
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ESCAPES: ReadonlyMap<string, string> = new Map([
  ["&", "&amp;"],
  ["<", "&lt;"],
  [">", "&gt;"],
  ['"', "&quot;"],
  ["\r", "&#xD;"],
  ["\n", "&#xA;"],
  ["\t", "&#x9;"],
]);

/** Text as element content: line breaks stay as they are, a carriage return is kept as a reference. */
export const escapeText = (text: string): string => text.replace(NOT_XML, "").replace(/[&<>\r]/g, (c) => ESCAPES.get(c) ?? c);

/** Text as a double-quoted attribute value (white space kept: a parser would fold a literal line break). */
export const escapeAttribute = (text: string): string =>
  text.replace(NOT_XML, "").replace(/[&<>"\r\n\t]/g, (c) => ESCAPES.get(c) ?? c);

/** A qualified name with this prefix. */
export const qname = (prefix: string, local: string): string => (prefix === "" ? local : `${prefix}:${local}`);

/** An element as text: `<p:local a="v"/>` or `<p:local a="v">inner</p:local>` (values escaped, inner as given). */
export function element(
  prefix: string,
  local: string,
  attrs: readonly (readonly [string, string | number])[],
  inner?: string,
): string {
  const name = qname(prefix, local);
  const a = attrs.map(([k, v]) => ` ${k}="${escapeAttribute(String(v))}"`).join("");
  return inner === undefined ? `<${name}${a}/>` : `<${name}${a}>${inner}</${name}>`;
}
