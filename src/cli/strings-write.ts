// The shared-strings part with our new texts added at the end (every existing item keeps its index) and its
// `count` (references) and `uniqueCount` (items) kept right: removed cells of ours no longer count.
import type { StringTable } from "./cell-xml";
import type { SharedStringsLayout } from "./shared-strings";
import type { Edit } from "./splice";
import { insert } from "./splice";
import { element, escapeText, prefixOf, qname } from "./xml";

/** One plain item: `<si><t xml:space="preserve">…</t></si>`. */
const item = (prefix: string, text: string): string =>
  `<${qname(prefix, "si")}>${element(prefix, "t", [["xml:space", "preserve"]], escapeText(text))}</${qname(prefix, "si")}>`;

/** A new shared-strings part holding just our texts. */
export function newSharedStrings(ns: string, strings: StringTable): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<sst xmlns="${ns}" count="${strings.references}" uniqueCount="${strings.uniqueCount}">` +
    strings.added.map((t) => item("", t)).join("") +
    `</sst>`
  );
}

/** The edits that add our texts to the part and set its count and uniqueCount (`removed`: our replaced cells). */
export function* sharedStringsEdits(layout: SharedStringsLayout, strings: StringTable, removed: number): Generator<Edit> {
  const { root } = layout;
  const attr = (name: string, value: number, at: { start: number; end: number } | undefined): Edit =>
    at ? { start: at.start, end: at.end, text: ` ${name}="${value}"` } : insert(root.nameEnd, ` ${name}="${value}"`);
  // count is the workbook's references to shared strings: ours added, the cells we replaced taken off. A part
  // without one keeps none (its total is not known here).
  const edits: Edit[] = [];
  if (layout.count) edits.push(attr("count", Math.max(0, layout.count.value - removed + strings.references), layout.count));
  edits.push(attr("uniqueCount", strings.uniqueCount, layout.uniqueCount));
  yield* edits.sort((a, b) => a.start - b.start);
  const p = prefixOf(root.scope, root.uri) ?? root.prefix;
  const items = strings.added.map((t) => item(p, t)).join("");
  if (root.selfClosing)
    yield { start: root.openEnd - 2, end: root.openEnd, text: `>${items}</${qname(root.prefix, root.local)}>` };
  else if (items !== "") yield insert(layout.insertAt, items);
}
