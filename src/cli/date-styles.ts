// Which cell formats show a date (styles.xml, ECMA-376 Part 1 §18.8): a number in such a cell is read as a date,
// as exceljs read it, so a date typed in 数量 is still refused and a date in サポート期限 still read.
import { MAIN } from "./ooxml";
import type { XmlNode } from "./xml";
import { attribute, childNamed, childrenNamed } from "./xml";

/**
 * Built-in formats that are dates or times (§18.8.30): 14–22 and 45–47 everywhere, and the East Asian ones (27–36,
 * 50–58), which in a Japanese Excel are 和暦 and 年月日 dates.
 */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47]);
for (let id = 50; id <= 58; id++) BUILT_IN_DATES.add(id);

/** A format code shows a date or time when, outside quoted text, [..] sections and escapes, it has y m d h s or b. */
export function isDateFormat(code: string): boolean {
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < code.length; i++) {
    const c = code[i] as string;
    if (quoted) quoted = c !== '"';
    else if (bracket) bracket = c !== "]";
    else if (c === '"') quoted = true;
    else if (c === "[") bracket = true;
    else if (c === "\\" || c === "_" || c === "*")
      i++; // an escaped, padding or fill character
    else if ("ymdhsbYMDHSB".includes(c)) return true;
  }
  return false;
}

/** For each cell format (cellXfs index, a cell's s attribute): whether it shows a date. */
export function dateStyles(styles: XmlNode | undefined): readonly boolean[] {
  if (styles === undefined) return [];
  const ns = MAIN.filter((n) => n === styles.uri);
  const custom = new Map<string, boolean>();
  const numFmts = childNamed(styles, "numFmts", ns);
  for (const f of numFmts === undefined ? [] : childrenNamed(numFmts, "numFmt", ns))
    custom.set(attribute(f, "numFmtId") ?? "", isDateFormat(attribute(f, "formatCode") ?? ""));
  const cellXfs = childNamed(styles, "cellXfs", ns);
  return (cellXfs === undefined ? [] : childrenNamed(cellXfs, "xf", ns)).map((xf) => {
    const id = attribute(xf, "numFmtId") ?? "0";
    return custom.get(id) ?? BUILT_IN_DATES.has(Number(id));
  });
}
