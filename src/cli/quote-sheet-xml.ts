// The quote sheet (SPEC §7) written straight from the core's quoteSheetValues as a worksheet part: values, column
// widths, ¥ and date formats, bold and shaded header rows, wrapped columns, A4 landscape one page wide.
import type { Lang } from "../core/model";
import type { QuoteSheet } from "../render";
import { CURRENCY_FORMAT, QUOTE_DATE_FORMAT } from "../render";
import type { StringTable } from "./cell-xml";
import { cellXml, fitCell } from "./cell-xml";
import { columnLetters } from "./columns";
import type { Look } from "./styles-write";
import { element } from "./xml";

const HEADER_FILL = "FFD9E1F2";

const lookKey = (l: Look): string => `${l.bold ? "b" : ""}|${l.fill ?? ""}|${l.numFmt ?? ""}|${l.wrap ? "w" : ""}`;

/** How each cell of the quote sheet looks; undefined: the default format and no cell when it is empty. */
function looksOf(sheet: QuoteSheet): (Look | undefined)[][] {
  const formats = new Map(sheet.formats.map((f) => [`${f.row}:${f.col}`, f.format]));
  return sheet.values.map((cells, r) => {
    const header = sheet.headerRows.includes(r);
    const bold = header || sheet.boldRows.includes(r);
    return sheet.widths.map((_, c) => {
      const format = formats.get(`${r}:${c}`);
      const look: Look = {
        ...(bold && { bold }),
        ...(header && { fill: HEADER_FILL }),
        ...(format !== undefined && { numFmt: format === "currency" ? CURRENCY_FORMAT : QUOTE_DATE_FORMAT }),
        ...(sheet.wrapColumns.includes(c) && cells[c] !== null && { wrap: true }),
      };
      return lookKey(look) === "|||" ? undefined : look;
    });
  });
}

/** The looks the sheet needs (for the styles part), each once. */
export function quoteLooks(sheet: QuoteSheet): Look[] {
  const seen = new Map<string, Look>();
  for (const row of looksOf(sheet)) for (const look of row) if (look) seen.set(lookKey(look), look);
  return [...seen.values()];
}

/** Count the sheet's text cells into the string table (before any part is written). */
export function countQuoteStrings(sheet: QuoteSheet, strings: StringTable, lang: Lang): void {
  for (const cells of sheet.values) for (const v of cells) if (typeof v === "string") strings.of(fitCell(v, lang));
}

export interface QuoteSheetContext {
  readonly mainNs: string;
  readonly relNs: string;
  /** The cell format of a look (as quoteLooks gave it). */
  readonly styleOf: (look: Look) => number;
  readonly strings: StringTable;
  readonly lang: Lang;
}

export function quoteSheetXml(sheet: QuoteSheet, ctx: QuoteSheetContext): string {
  const looks = looksOf(sheet);
  const rows = sheet.values.map((cells, r) => {
    const xml = cells
      .map((v, c) => {
        const look = looks[r]?.[c];
        const style = look === undefined ? 0 : ctx.styleOf(look);
        const ref = `${columnLetters(c + 1)}${r + 1}`;
        if (v === null)
          return look?.fill !== undefined
            ? element("", "c", [
                ["r", ref],
                ["s", style],
              ])
            : "";
        return cellXml("", ref, style, v, ctx.strings, ctx.lang);
      })
      .join("");
    return element("", "row", [["r", r + 1]], xml);
  });
  const last = `${columnLetters(sheet.widths.length)}${Math.max(sheet.values.length, 1)}`;
  const cols = sheet.widths.map((w, c) =>
    element("", "col", [
      ["min", c + 1],
      ["max", c + 1],
      ["width", w],
      ["customWidth", 1],
    ]),
  );
  const { orientation, paperSize, fitToWidth, fitToHeight } = sheet.pageSetup;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${ctx.mainNs}" xmlns:r="${ctx.relNs}">` +
    element("", "sheetPr", [], element("", "pageSetUpPr", [["fitToPage", 1]])) +
    element("", "dimension", [["ref", `A1:${last}`]]) +
    element("", "cols", [], cols.join("")) +
    element("", "sheetData", [], rows.join("")) +
    element("", "pageMargins", [
      ["left", 0.4],
      ["right", 0.4],
      ["top", 0.5],
      ["bottom", 0.5],
      ["header", 0.3],
      ["footer", 0.3],
    ]) +
    element("", "pageSetup", [
      ["paperSize", paperSize],
      ["orientation", orientation],
      ["fitToWidth", fitToWidth],
      ["fitToHeight", fitToHeight],
    ]) +
    `</worksheet>`
  );
}

export { lookKey };
