// styles.xml: our cell formats added once each, and another workbook's formats brought in (a quote sheet).
import { OUTPUT_DATE_FORMAT } from "../core/output-columns";
import { attributes, childrenOf, countOf, editElement, escapeXml, withCount } from "./xlsx-xml";

export type OutputStyle = "header" | "plain" | "wrap" | "date" | "warning" | "error";
const FILLS = { warning: "FFFFEB9C", error: "FFFFC7CE" } as const;

/**
 * Add children to a list element (fonts, fills, cellXfs…) and return each one's index. A child already there as the
 * same XML (an earlier run's) is reused, so re-annotating a copy does not grow the styles each time.
 */
function addTo(xml: string, list: string, child: string, wanted: readonly string[]): { xml: string; ids: number[] } {
  const children = childrenOf(xml, list, child);
  const added: string[] = [];
  const ids = wanted.map((w) => {
    const found = children.indexOf(w);
    if (found >= 0) return found;
    const again = added.indexOf(w);
    if (again >= 0) return children.length + again;
    added.push(w);
    return children.length + added.length - 1;
  });
  const r = editElement(
    xml,
    list,
    (open, body) => `<${list}${withCount(open, children.length + added.length)}>${body}${added.join("")}</${list}>`,
  );
  if (!r.found) throw new Error(`styles.xml has no <${list}>`);
  return { xml: r.xml, ids };
}

/** The id of number format `code`, added (numbered from 164, SpreadsheetML §18.8.30) when the workbook lacks it. */
function numFmt(xml: string, code: string): { xml: string; id: string } {
  const formats = [...xml.matchAll(/<numFmt\b[^>]*>/g)].map((m) => attributes(m[0]));
  const existing = formats.find((a) => a.get("formatCode") === code)?.get("numFmtId");
  if (existing !== undefined) return { xml, id: existing };
  const id = String(Math.max(163, ...formats.map((a) => Number(a.get("numFmtId") ?? 0))) + 1);
  const format = `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`;
  const numFmts = editElement(
    xml,
    "numFmts",
    (open, body) => `<numFmts${withCount(open, countOf(body, "numFmt") + 1)}>${body}${format}</numFmts>`,
  );
  // numFmts is the first child of styleSheet when the workbook had none.
  return {
    xml: numFmts.found
      ? numFmts.xml
      : xml.replace(/<styleSheet\b[^>]*>/, (root) => `${root}<numFmts count="1">${format}</numFmts>`),
    id,
  };
}

/** Our styles added to styles.xml: a bold header font, two fills, the date format, and one cell format per style. */
export function patchStyles(xml: string): { xml: string; ids: Record<OutputStyle, number> } {
  const date = numFmt(xml, OUTPUT_DATE_FORMAT);
  xml = date.xml;
  const numFmtId = date.id;
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
  const [header = 0, wrapped = 0, dated = 0, warning = 0, error = 0] = xfs.ids;
  return { xml: xfs.xml, ids: { plain: 0, header, wrap: wrapped, date: dated, warning, error } };
}

/**
 * Bring another workbook's cell formats (`from`, its styles.xml) into this one: its number formats, fonts, fills and
 * borders, each reused when the same one is there. Returns the new id of each of its cell formats, by old id.
 */
export function importStyles(xml: string, from: string): { xml: string; xfs: number[] } {
  const formats = new Map<string, string>();
  for (const m of from.matchAll(/<numFmt\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const added = numFmt(xml, a.get("formatCode") ?? "General");
    xml = added.xml;
    formats.set(a.get("numFmtId") ?? "", added.id);
  }
  // The first fonts, fills and borders of a styles part are its defaults (font 0; no fill and gray125; no border):
  // the other workbook's defaults are this one's, so its plain cells look like the rest of this workbook.
  const lists = { font: ["fonts", 1], fill: ["fills", 2], border: ["borders", 1] } as const;
  const ids: Record<string, number[]> = {};
  for (const [child, [list, defaults]] of Object.entries(lists)) {
    const added = addTo(xml, list, child, childrenOf(from, list, child).slice(defaults));
    xml = added.xml;
    ids[child] = [...Array.from({ length: defaults }, (_, k) => k), ...added.ids];
  }
  const remap = (xf: string): string =>
    xf
      .replace(/\snumFmtId="(\d+)"/, (m, id: string) => (formats.has(id) ? ` numFmtId="${formats.get(id)}"` : m))
      .replace(/\s(font|fill|border)Id="(\d+)"/g, (_, kind: string, id: string) => ` ${kind}Id="${ids[kind]?.[Number(id)] ?? 0}"`)
      .replace(/\sxfId="\d+"/, ` xfId="0"`);
  const xfs = addTo(xml, "cellXfs", "xf", childrenOf(from, "cellXfs", "xf").map(remap));
  return { xml: xfs.xml, xfs: xfs.ids };
}
