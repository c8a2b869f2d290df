// The package around the parts: which part is which sheet, relationships, content types (ECMA-376 Part 2, OPC).
import path from "node:path";
import type JSZip from "jszip";
import { attributes } from "./xlsx-xml";

/** The worksheet part of each sheet name, following the package's relationships (SpreadsheetML §12.3). */
export interface Package {
  readonly workbook: string;
  readonly rels: string;
  /** Sheet name → worksheet part. */
  readonly parts: Map<string, string>;
  /** The workbook's relationships: id, type and part. */
  readonly related: { id: string; type: string; part: string }[];
  readonly date1904: boolean;
}

/** A relationship of this kind: matched on the type's last segment, which Transitional and Strict OOXML share. */
export const ofType = (r: { type: string }, kind: string): boolean => r.type.endsWith(`/${kind}`);

export async function readPackage(zip: JSZip): Promise<Package> {
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

export const SHARED_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";

/** Node's encoder (JSZip's own is several times slower); no folder entries the input did not have. */
export const writePart = (zip: JSZip, part: string, xml: string): void => {
  zip.file(part, Buffer.from(xml, "utf8"), { createFolders: false });
};

export async function editPart(zip: JSZip, part: string, edit: (xml: string) => string): Promise<void> {
  const xml = await zip.file(part)?.async("string");
  if (xml === undefined) throw new Error(`the workbook has no ${part}`);
  writePart(zip, part, edit(xml));
}

const TRANSITIONAL_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

/** A new relationship from the workbook to `target` (relative to the workbook's folder); returns its id. */
export async function addRelationship(zip: JSZip, pkg: Package, kind: string, target: string): Promise<string> {
  const ids = new Set(pkg.related.map((r) => r.id));
  let n = pkg.related.length + 1;
  while (ids.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  // In the package's own namespace (Transitional or Strict), as its sheets' relationships are (not, say, a macro
  // project's, which is Microsoft's own).
  const sheet = pkg.related.find((r) => ofType(r, "worksheet"));
  const namespace = (sheet?.type ?? TRANSITIONAL_RELATIONSHIPS).replace(/\/[^/]*$/, "");
  const type = `${namespace}/${kind}`;
  await editPart(zip, pkg.rels, (rels) =>
    rels.replace("</Relationships>", `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`),
  );
  pkg.related.push({ id, type, part: path.posix.join(path.posix.dirname(pkg.workbook), target) });
  return id;
}

/** Declare a new part's content type. */
export function addContentType(zip: JSZip, part: string, type: string): Promise<void> {
  return editPart(zip, "[Content_Types].xml", (types) =>
    types.replace("</Types>", `<Override PartName="/${part}" ContentType="${type}"/></Types>`),
  );
}

/** The calculation chain is a cache Excel rebuilds; one that names a cell we emptied makes Excel repair the file. */
export async function dropCalcChain(zip: JSZip, pkg: Package): Promise<void> {
  const chain = pkg.related.find((r) => ofType(r, "calcChain"));
  if (chain === undefined) return;
  zip.remove(chain.part);
  await editPart(zip, "[Content_Types].xml", (xml) => xml.replace(/<Override\b[^>]*calcChain[^>]*\/>/g, ""));
  await editPart(zip, pkg.rels, (xml) => xml.replace(/<Relationship\b[^>]*calcChain[^>]*\/>/g, ""));
}
