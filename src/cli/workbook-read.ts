// The workbook file, opened once: its package structure, shared strings and date formats read up front, each
// worksheet streamed when asked for. Nothing here decides anything.
import { dateStyles } from "./date-styles";
import { openInput } from "./input-file";
import type { Sheet, Structure, XmlPart } from "./ooxml";
import { ofType, readPart, readStructure } from "./ooxml";
import type { SharedStringsRead } from "./shared-strings";
import { readSharedStrings } from "./shared-strings";
import type { SheetRead } from "./sheet-read";
import { readSheet } from "./sheet-read";
import { ZipPackage } from "./zip-package";

export interface Workbook {
  readonly zip: ZipPackage;
  readonly structure: Structure;
  /** The styles part, when the workbook has one. */
  readonly styles: XmlPart | undefined;
  readonly strings: SharedStringsRead | undefined;
  readonly dateStyles: readonly boolean[];
  close(): void;
}

/** Open and read the workbook's structure. Throws InputError when the file cannot be used. */
export async function openWorkbook(file: string): Promise<Workbook> {
  const { fd } = openInput(file);
  const zip = await ZipPackage.open(fd);
  try {
    const structure = await readStructure(zip);
    const stylesPart = structure.related.find((r) => ofType(r, "styles"))?.part;
    const styles = stylesPart === undefined ? undefined : await readPart(zip, stylesPart);
    const stringsPart = structure.related.find((r) => ofType(r, "sharedStrings"))?.part;
    const stringsEntry = stringsPart === undefined ? undefined : zip.find(stringsPart);
    const strings =
      stringsEntry === undefined || stringsEntry.directory
        ? undefined
        : await readSharedStrings(zip.text(stringsEntry, true), stringsEntry.name);
    return {
      zip,
      structure,
      styles,
      strings,
      dateStyles: dateStyles(styles?.root),
      close: () => zip.close(),
    };
  } catch (e) {
    zip.close();
    throw e;
  }
}

/**
 * A worksheet's values and layout. `probe` (asked after the first 20 rows) may turn the sheet down early: undefined.
 * A sheet whose part is missing reads as empty.
 */
export async function readWorksheet(
  book: Workbook,
  sheet: Sheet,
  probe?: (values: readonly (readonly unknown[])[]) => boolean,
): Promise<SheetRead | undefined> {
  const entry = sheet.part === undefined ? undefined : book.zip.find(sheet.part);
  if (entry === undefined || entry.directory) return undefined;
  return readSheet(book.zip.text(entry, true), {
    part: entry.name,
    strings: book.strings?.texts ?? [],
    dateStyles: book.dateStyles,
    date1904: book.structure.date1904,
    ...(probe !== undefined && { probe }),
  });
}
