// What every copy the CLI writes must be: a zip whose every XML part is well-formed (namespaces too), whose parts it
// did not write are the input's byte for byte, whose sheets keep every input cell's XML as it was written, and whose
// cells stay in the sheet's own namespace whatever prefix it uses.
import { expect } from "vitest";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { XmlReader } from "../../../src/cli/xml";

/** The parts the CLI may write: sheets, styles, shared strings, and the lists that name new parts. */
const WRITTEN =
  /^(\[content_types\]\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/workbook\.xml|xl\/styles\.xml|xl\/sharedstrings\.xml|xl\/worksheets\/sheet\d+\.xml)$/;

export async function partsOf(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files)) {
    const f = zip.file(name);
    if (f) parts.set(name, await f.async("nodebuffer"));
  }
  return parts;
}

/** A part's text: UTF-8, or UTF-16 when a byte-order mark says so. */
export const textOf = (bytes: Buffer): string =>
  new TextDecoder(
    bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : "utf-8",
  ).decode(bytes);

/** Parse with saxes in its strictest mode (namespaces checked); returns the elements' namespace URIs under sheetData. */
export function wellFormed(xml: string, part: string): Set<string> {
  const parser = new SaxesParser({ xmlns: true });
  const inSheetData = new Set<string>();
  let depth = 0;
  let sheetDataDepth = -1;
  parser.on("opentag", (tag) => {
    depth++;
    if (tag.local === "sheetData") sheetDataDepth = depth;
    else if (sheetDataDepth > 0 && depth > sheetDataDepth && (tag.local === "row" || tag.local === "c" || tag.local === "v"))
      inSheetData.add(tag.uri);
  });
  parser.on("closetag", () => {
    if (depth === sheetDataDepth) sheetDataDepth = -1;
    depth--;
  });
  parser.on("error", (e) => {
    throw new Error(`${part}: ${e.message}`);
  });
  parser.write(xml).close();
  return inSheetData;
}

/** Each row's cells as written (row number → cell XML), by the positions the parser reports. */
export function cellsByRow(xml: string): Map<number, string[]> {
  const rows = new Map<number, string[]>();
  let current: string[] = [];
  const reader: XmlReader = new XmlReader(
    {
      open(local, _, tag) {
        if (local === "row") rows.set(Number(tag.attributes.r), (current = []));
      },
      close(local, _, start, __, end) {
        if (local === "c") current.push(xml.slice(start, end));
      },
    },
    "sheet",
  );
  reader.write(xml);
  reader.end();
  return rows;
}

/** Assert the copy is what the CLI promises of `input`. */
export async function checkCopy(input: Buffer, output: Buffer): Promise<void> {
  const [before, after] = [await partsOf(input), await partsOf(output)];
  for (const [name, bytes] of after) {
    if (!/\.(xml|rels|vml)$/i.test(name)) continue;
    const namespaces = wellFormed(textOf(bytes), name);
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name))
      expect(namespaces.size, `${name}: cells in one namespace`).toBeLessThanOrEqual(1);
  }
  for (const [name, bytes] of before) {
    if (/calcChain\.xml$/i.test(name)) continue; // dropped when a formula of our block is replaced
    expect(after.has(name), `${name} kept`).toBe(true);
    if (!WRITTEN.test(name.toLowerCase())) expect(after.get(name)?.equals(bytes), `${name} byte for byte`).toBe(true);
  }
  const changed: string[] = [];
  for (const [name, bytes] of before) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
    const copy = cellsByRow(textOf(after.get(name) ?? Buffer.alloc(0)));
    for (const [r, cells] of cellsByRow(textOf(bytes))) {
      const kept = new Set(copy.get(r));
      for (const cell of cells) if (!kept.has(cell)) changed.push(`${name} row ${r}: ${cell.slice(0, 200)}`);
    }
  }
  expect(changed, "input cells not kept as written").toEqual([]);
}
