// The package's XML, read with a strict streaming parser (saxes): every part the CLI reads or edits goes through here,
// never through regular expressions. Names are resolved to namespace URIs here, so a prefix never matters. Besides
// names and text it reports where each element's markup starts and ends in the text, so a writer can copy a part
// verbatim and change only what it must.
import { SaxesParser } from "saxes";
import type { SaxesTagPlain } from "saxes";

/** A part that is not well-formed XML (namespaces included), or declares a DTD, which no OOXML part may. */
export class XmlError extends Error {}

/** An element as the reader reports it: saxes's own tag object, with its namespace resolved. */
export interface XmlTag {
  readonly name: string;
  readonly prefix: string;
  readonly local: string;
  /** The element's namespace URI ("" for none). */
  readonly uri: string;
  /** Attribute values by name as written (a null-prototype object). */
  readonly attributes: Readonly<Record<string, string>>;
  readonly isSelfClosing: boolean;
  /** Namespace prefixes in scope (prefix → URI; "" is the default namespace). */
  readonly scope: ReadonlyMap<string, string>;
}

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
  readonly tag: XmlTag;
  readonly scope: ReadonlyMap<string, string>;
}

/**
 * What a reader is told: each element's local name and namespace URI, saxes's own tag (its name as written,
 * attribute values by name, whether it is self-closing), and positions. `reader.element()` and `reader.attributes()`
 * give more about the element being opened, when needed.
 */
export interface XmlHandlers {
  /** `start` is where `<` of the start tag is, `openEnd` just past its `>` (or `/>`). */
  open?(local: string, uri: string, tag: SaxesTagPlain, start: number, openEnd: number): void;
  /** `closeStart` is where `</name>` starts (= `end` for a self-closing element); `end` is just past it. */
  close?(local: string, uri: string, start: number, closeStart: number, end: number): void;
  /** Character data, CDATA sections included (possibly in several calls). */
  text?(text: string): void;
}

const XML_NS = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";
const BASE_SCOPE: ReadonlyMap<string, string> = new Map([["xml", XML_NS]]);

/** A qualified name's prefix and local part. */
function split(name: string): [string, string] {
  const colon = name.indexOf(":");
  return colon < 0 ? ["", name] : [name.slice(0, colon), name.slice(colon + 1)];
}

/** An attribute's namespace: none unprefixed, else its prefix's in scope. */
function attributeUri(name: string, scope: ReadonlyMap<string, string>): string {
  const [prefix] = split(name);
  if (prefix === "") return "";
  return prefix === "xmlns" ? XMLNS_NS : (scope.get(prefix) ?? "");
}

/** An attribute by local name and namespace ("" = unprefixed), if the element has it. */
export function attribute(
  el: Pick<XmlOpen, "tag"> | undefined,
  local: string,
  uris: string | readonly string[] = "",
): string | undefined {
  if (el === undefined) return undefined;
  for (const name in el.tag.attributes) {
    const uri = attributeUri(name, el.tag.scope);
    if (split(name)[1] === local && (typeof uris === "string" ? uri === uris : uris.includes(uri)))
      return el.tag.attributes[name];
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
 * as JavaScript string indexes (what `slice` takes). Built to allocate next to nothing per element of its own (a full
 * sheet has millions): namespaces are resolved here rather than by saxes, which is markedly faster on SpreadsheetML.
 */
export class XmlReader {
  private readonly parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  /** Where the construct after the last one reported begins: the start of the next tag. */
  private cursor = 0;
  private nameEnd = 0;
  private openEnd = 0;
  private lastAttributeEnd = 0;
  // the attributes of the element being opened: names and ranges, reused from element to element
  private attributeCount = 0;
  private readonly attributeNames: string[] = [];
  private readonly attributeStarts: number[] = [];
  private readonly attributeEnds: number[] = [];
  private declares = false;
  private prefixedAttributes = 0;
  // the open elements: where each starts, its local name, namespace, scope and tag
  private readonly starts: number[] = [];
  private readonly locals: string[] = [];
  private readonly uris: string[] = [];
  private readonly scopes: ReadonlyMap<string, string>[] = [];
  private readonly tags: SaxesTagPlain[] = [];

  constructor(handlers: XmlHandlers, part: string) {
    const p = this.parser;
    const fail = (message: string): never => {
      throw new XmlError(`${part}:${p.line}:${p.column}: ${message}`);
    };
    p.on("error", (e) => {
      throw new XmlError(`${part}: ${e.message}`);
    });
    p.on("doctype", () => fail("a DTD is not allowed"));
    p.on("xmldecl", () => void (this.cursor = p.position));
    p.on("processinginstruction", () => void (this.cursor = p.position));
    // the comment event comes after "--", before the ">" that must follow
    p.on("comment", () => void (this.cursor = p.position + 1));
    const text = handlers.text;
    p.on("text", (t) => {
      this.cursor = p.position - 1; // called on reading the "<" that ends the text
      if (text) text(t);
    });
    p.on("cdata", (t) => {
      this.cursor = p.position;
      if (text) text(t);
    });
    p.on("opentagstart", (tag) => {
      this.nameEnd = this.cursor + 1 + tag.name.length;
      this.lastAttributeEnd = this.nameEnd;
      this.attributeCount = 0;
      this.declares = false;
      this.prefixedAttributes = 0;
    });
    p.on("attribute", (a) => {
      const k = this.attributeCount++;
      this.attributeNames[k] = a.name;
      this.attributeStarts[k] = this.lastAttributeEnd;
      this.attributeEnds[k] = this.lastAttributeEnd = p.position;
      if (a.name.includes(":")) {
        if (a.name.startsWith("xmlns:")) this.declares = true;
        else this.prefixedAttributes++;
      } else if (a.name === "xmlns") this.declares = true;
    });
    const open = handlers.open;
    p.on("opentag", (tag) => {
      const start = this.cursor;
      this.cursor = this.openEnd = p.position;
      const depth = this.scopes.length;
      const parent = depth === 0 ? BASE_SCOPE : (this.scopes[depth - 1] as ReadonlyMap<string, string>);
      const scope = this.declares ? declared(parent, tag.attributes, fail) : parent;
      // no arrays, objects or destructuring here: this runs for every element of a sheet
      const name = tag.name;
      const colon = name.indexOf(":");
      const local = colon < 0 ? name : name.slice(colon + 1);
      const uri = scope.get(colon < 0 ? "" : name.slice(0, colon));
      if (uri === undefined && colon >= 0) fail(`unbound namespace prefix: ${name.slice(0, colon)}`);
      if (colon >= 0 && name.startsWith("xmlns:")) fail("an element may not have the xmlns prefix");
      if (this.prefixedAttributes > 0) checkAttributes(tag.attributes, scope, this.prefixedAttributes > 1, fail);
      this.starts.push(start);
      this.locals.push(local);
      this.uris.push(uri ?? "");
      this.scopes.push(scope);
      this.tags.push(tag);
      if (open) open(local, uri ?? "", tag, start, p.position);
    });
    const close = handlers.close;
    p.on("closetag", (tag) => {
      const start = this.starts.pop() as number;
      const local = this.locals.pop() as string;
      const uri = this.uris.pop() as string;
      this.scopes.pop();
      this.tags.pop();
      const closeStart = tag.isSelfClosing ? p.position : this.cursor;
      this.cursor = p.position;
      if (close) close(local, uri, start, closeStart, p.position);
    });
  }

  /** How many elements are open (inside `open`: the element itself counts). */
  get depth(): number {
    return this.scopes.length;
  }

  /** The element being opened, in full (only inside `open`). */
  element(): XmlOpen {
    const k = this.scopes.length - 1;
    const tag = this.tags[k] as SaxesTagPlain;
    const scope = this.scopes[k] as ReadonlyMap<string, string>;
    const name = tag.name;
    const colon = name.indexOf(":");
    const prefix = colon < 0 ? "" : name.slice(0, colon);
    const local = this.locals[k] as string;
    const uri = this.uris[k] as string;
    const xmlTag: XmlTag = { name, prefix, local, uri, attributes: tag.attributes, isSelfClosing: tag.isSelfClosing, scope };
    const start = this.starts[k] as number;
    return {
      name,
      prefix,
      local,
      uri,
      start,
      nameEnd: this.nameEnd,
      openEnd: this.openEnd,
      selfClosing: tag.isSelfClosing,
      tag: xmlTag,
      scope,
    };
  }

  /** The range of an attribute of the element being opened, as written (only inside `open`). */
  attributeRange(name: string): { start: number; end: number } | undefined {
    for (let k = 0; k < this.attributeCount; k++)
      if (this.attributeNames[k] === name) return { start: this.attributeStarts[k] ?? 0, end: this.attributeEnds[k] ?? 0 };
    return undefined;
  }

  /** Every attribute of the element being opened, with its range (only inside `open`). */
  attributes(): XmlAttribute[] {
    const k = this.scopes.length - 1;
    const tag = this.tags[k] as SaxesTagPlain;
    const scope = this.scopes[k] as ReadonlyMap<string, string>;
    const out: XmlAttribute[] = [];
    for (let i = 0; i < this.attributeCount; i++) {
      const name = this.attributeNames[i] ?? "";
      const [, local] = split(name);
      const value = tag.attributes[name] ?? "";
      out.push({
        name,
        local,
        uri: attributeUri(name, scope),
        value,
        start: this.attributeStarts[i] ?? 0,
        end: this.attributeEnds[i] ?? 0,
      });
    }
    return out;
  }

  write(text: string): void {
    this.parser.write(text);
  }

  end(): void {
    this.parser.close();
  }
}

/** The scope of an element that declares namespaces (Namespaces in XML 1.0 §3, its constraints checked). */
function declared(
  parent: ReadonlyMap<string, string>,
  attributes: Readonly<Record<string, string>>,
  fail: (m: string) => never,
): ReadonlyMap<string, string> {
  const scope = new Map(parent);
  for (const name in attributes) {
    const [prefix, local] = split(name);
    const value = (attributes[name] ?? "").trim();
    if (name === "xmlns") {
      if (value === XML_NS || value === XMLNS_NS) fail(`the default namespace may not be ${value}`);
      scope.set("", value);
    } else if (prefix === "xmlns") {
      if (value === "") fail(`prefix ${local} may not be undeclared in XML 1.0`);
      if ((local === "xml") !== (value === XML_NS) || local === "xmlns" || value === XMLNS_NS)
        fail(`xmlns:${local}="${value}" is a reserved binding`);
      scope.set(local, value);
    }
  }
  return scope;
}

/** Prefixed attributes: each prefix bound, and (when there are several) no two the same name once resolved. */
function checkAttributes(
  attributes: Readonly<Record<string, string>>,
  scope: ReadonlyMap<string, string>,
  several: boolean,
  fail: (m: string) => never,
): void {
  const seen = several ? new Set<string>() : undefined;
  for (const name in attributes) {
    const colon = name.indexOf(":");
    if (colon < 0) continue;
    const prefix = name.slice(0, colon);
    if (prefix === "xmlns") continue;
    const uri = scope.get(prefix);
    if (uri === undefined) fail(`unbound namespace prefix: ${prefix}`);
    if (seen === undefined) continue;
    const key = `{${uri}}${name.slice(colon + 1)}`;
    if (seen.has(key)) fail(`attribute ${name.slice(colon + 1)} twice in namespace ${uri}`);
    seen.add(key);
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
      open() {
        const node: XmlNode = {
          ...reader.element(),
          attributes: reader.attributes(),
          children: [],
          text: "",
          closeStart: 0,
          end: 0,
        };
        stack[stack.length - 1]?.children.push(node);
        root ??= node;
        stack.push(node);
      },
      close(_, __, ___, closeStart, end) {
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
