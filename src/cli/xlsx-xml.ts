// XML of a SpreadsheetML package, read and edited as text: attributes, one element, a list's children. The
// writer edits the parts it must and leaves every other byte as it was, which a parse-and-serialise would not.
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

export function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tag.matchAll(ATTRIBUTE)) found.set(m[1] ?? "", decode(m[2] ?? m[3] ?? ""));
  return found;
}

// Characters XML 1.0 cannot carry at all (a stray control character in a note must not make the file unreadable).
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
export const escapeXml = (text: string): string =>
  text.replace(NOT_XML, "").replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));

/** A → 1, Z → 26, AA → 27: a cell reference's column, 1-based as in the XML. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** Replace the element `name` (`<name …>…</name>` or `<name …/>`) by what `edit` makes of its attributes and body. */
export function editElement(
  xml: string,
  name: string,
  edit: (open: string, body: string) => string,
): { xml: string; found: boolean } {
  const m = new RegExp(`<${name}(?=[\\s/>])([^>]*?)(/>|>([\\s\\S]*?)</${name}>)`).exec(xml);
  if (!m) return { xml, found: false };
  const open = m[1] ?? "";
  return { xml: xml.slice(0, m.index) + edit(open, m[3] ?? "") + xml.slice(m.index + m[0].length), found: true };
}

export const withCount = (open: string, count: number): string =>
  / count="\d*"/.test(open) ? open.replace(/ count="\d*"/, ` count="${count}"`) : `${open} count="${count}"`;

export const countOf = (body: string, child: string): number => body.match(new RegExp(`<${child}(?=[\\s/>])`, "g"))?.length ?? 0;

/** The `child` elements directly in `body`, each as written (`<child …/>` or `<child …>…</child>`). */
export const elementsIn = (body: string, child: string): string[] =>
  [...body.matchAll(new RegExp(`<${child}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${child}>)`, "g"))].map((m) => m[0]);

/** The child elements of the first `list` element, each as written. */
export function childrenOf(xml: string, list: string, child: string): string[] {
  const body = new RegExp(`<${list}(?=[\\s/>])[^>]*?(?:/>|>([\\s\\S]*?)</${list}>)`).exec(xml)?.[1];
  return body === undefined ? [] : elementsIn(body, child);
}
