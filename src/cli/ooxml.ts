// The package around the cells (ECMA-376 Part 2, OPC; Part 1 §12.3): content types, relationships, the workbook part
// and which worksheet part each sheet name is. Namespaces are matched by URI, never by prefix, in both their
// Transitional and Strict forms.
import path from "node:path";
import { InputError } from "./input-error";
import type { XmlNode } from "./xml";
import { attribute, childNamed, childrenNamed, parseXml, XmlError } from "./xml";
import type { ZipEntry, ZipPackage } from "./zip-package";

export const MAIN = [
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  "http://purl.oclc.org/ooxml/spreadsheetml/main",
] as const;
/** The r: namespace (r:id on a sheet) and the prefix of relationship types. */
export const RELATIONSHIPS = [
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://purl.oclc.org/ooxml/officeDocument/relationships",
] as const;
export const PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
export const CONTENT_TYPES = "[Content_Types].xml";

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  sharedStrings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
} as const;

/** A part read whole and parsed. */
export interface XmlPart {
  readonly name: string;
  readonly entry: ZipEntry | undefined;
  readonly text: string;
  readonly root: XmlNode;
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The part it points at (no leading "/"); undefined for an external or unusable target. */
  readonly part: string | undefined;
  readonly node: XmlNode;
}

export interface Sheet {
  readonly name: string;
  readonly sheetId: number;
  /** The worksheet part; undefined for a chart sheet, a macro sheet or a dangling relationship. */
  readonly part: string | undefined;
}

export interface Structure {
  readonly contentTypes: XmlPart;
  readonly workbook: XmlPart;
  /** The workbook's relationships part (it may not exist yet). */
  readonly relsName: string;
  readonly rels: XmlPart | undefined;
  readonly related: readonly Relationship[];
  readonly sheets: readonly Sheet[];
  readonly date1904: boolean;
  /** The workbook's SpreadsheetML and relationships namespaces (Transitional or Strict): new parts use the same. */
  readonly mainNs: string;
  readonly relNs: string;
}

/** A relationship of this kind: matched on the type's last segment, which Transitional and Strict OOXML share. */
export const ofType = (r: { type: string }, kind: string): boolean => r.type.endsWith(`/${kind}`);

/** The relationships part of `part`: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export const relsOf = (part: string): string =>
  path.posix.join(path.posix.dirname(part), "_rels", `${path.posix.basename(part)}.rels`);

/** A relationship target as a part name: relative to the source's folder, or absolute ("/xl/…"); percent-decoded. */
export function resolveTarget(source: string, target: string): string | undefined {
  let decoded = target;
  try {
    decoded = decodeURI(target);
  } catch {
    // not percent-encoded after all: as written
  }
  const joined = decoded.startsWith("/") ? decoded.slice(1) : path.posix.join(path.posix.dirname(source), decoded);
  const part = path.posix.normalize(joined);
  return part.startsWith("../") || part === ".." || part === "" || part === "." ? undefined : part;
}

export async function readPart(zip: ZipPackage, name: string): Promise<XmlPart | undefined> {
  const entry = zip.find(name);
  if (entry === undefined || entry.directory) return undefined;
  const text = await zip.readText(entry);
  return { name: entry.name, entry, text, root: parseOrThrow(text, entry.name) };
}

export function parseOrThrow(text: string, part: string): XmlNode {
  try {
    return parseXml(text, part);
  } catch (e) {
    if (e instanceof XmlError) throw new InputError("badPart", { part, detail: e.message });
    throw e;
  }
}

function relationships(rels: XmlPart | undefined, source: string): Relationship[] {
  if (rels === undefined) return [];
  return childrenNamed(rels.root, "Relationship", [PACKAGE_RELATIONSHIPS]).map((node) => {
    const target = attribute(node, "Target") ?? "";
    const external = attribute(node, "TargetMode") === "External";
    return {
      id: attribute(node, "Id") ?? "",
      type: attribute(node, "Type") ?? "",
      part: external ? undefined : resolveTarget(source, target),
      node,
    };
  });
}

const TRUE = new Set(["1", "true"]);

/** Read the package's structure: content types, the workbook, its relationships and its sheets. */
export async function readStructure(zip: ZipPackage): Promise<Structure> {
  const contentTypes = await readPart(zip, CONTENT_TYPES);
  if (contentTypes === undefined) throw new InputError("noContentTypes");
  const rootRels = await readPart(zip, "_rels/.rels");
  const office = relationships(rootRels, "").find((r) => ofType(r, "officeDocument"));
  const workbook = await readPart(zip, office?.part ?? "xl/workbook.xml");
  if (workbook === undefined || !MAIN.some((ns) => ns === workbook.root.uri) || workbook.root.local !== "workbook")
    throw new InputError("notXlsx", { detail: "no workbook part" });
  const relsName = relsOf(workbook.name);
  const rels = await readPart(zip, relsName);
  const related = relationships(rels, workbook.name);
  const mainNs = workbook.root.uri;
  const sheetsNode = childNamed(workbook.root, "sheets", [mainNs]);
  const sheets = (sheetsNode === undefined ? [] : childrenNamed(sheetsNode, "sheet", [mainNs])).map((node): Sheet => {
    const rid = attribute(node, "id", RELATIONSHIPS);
    const rel = related.find((r) => r.id === rid);
    return {
      name: attribute(node, "name") ?? "",
      sheetId: Number(attribute(node, "sheetId") ?? 0),
      part: rel !== undefined && ofType(rel, "worksheet") ? rel.part : undefined,
    };
  });
  const date1904 = TRUE.has(attribute(childNamed(workbook.root, "workbookPr", [mainNs]), "date1904") ?? "");
  // The relationships namespace the workbook's own sheets use (Strict or Transitional) is the package's.
  const sheetRel = related.find((r) => ofType(r, "worksheet"));
  const relNs = RELATIONSHIPS.find((ns) => sheetRel?.type.startsWith(`${ns}/`)) ?? strictOrNot(mainNs);
  return { contentTypes, workbook, relsName, rels, related, sheets, date1904, mainNs, relNs };
}

const strictOrNot = (mainNs: string): string => (mainNs === MAIN[1] ? RELATIONSHIPS[1] : RELATIONSHIPS[0]);
