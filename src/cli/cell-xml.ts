// Our cells as SpreadsheetML: text goes to the shared strings (reusing an item with the same plain text, ours or the
// user's), numbers as they are, and nothing longer than Excel's 32,767 characters.
import type { Lang } from "../core/model";
import { MAX_CELL_CHARS } from "./limits";
import type { SharedStringsRead } from "./shared-strings";

const TRUNCATED: Record<Lang, string> = { ja: "…(以下省略)", en: "… (truncated)" };

/** Text cut to fit a cell, with a visible marker; a surrogate pair is never split. */
export function fitCell(text: string, lang: Lang): string {
  if (text.length <= MAX_CELL_CHARS) return text;
  const marker = TRUNCATED[lang];
  let cut = MAX_CELL_CHARS - marker.length;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return text.slice(0, cut) + marker;
}

/** The workbook's shared strings as our cells use them: existing plain items reused, new ones added at the end. */
export class StringTable {
  private readonly index = new Map<string, number>();
  readonly added: string[] = [];
  /** Cells written that refer to a shared string (for the part's `count`). */
  references = 0;
  private readonly base: number;

  constructor(existing: SharedStringsRead | undefined) {
    this.base = existing?.texts.length ?? 0;
    existing?.texts.forEach((t, i) => {
      if (existing.plain[i] && !this.index.has(t)) this.index.set(t, i);
    });
  }

  /** Count a cell of ours with this text (fitted to a cell), adding an item when the workbook has none. */
  of(text: string): number {
    this.references++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.base + this.added.length;
      this.added.push(text);
      this.index.set(text, i);
    }
    return i;
  }

  /** The item of a text counted before (the parts are written after every cell is counted). */
  find(text: string): number {
    const i = this.index.get(text);
    if (i === undefined) throw new Error(`shared string not counted: ${text.slice(0, 40)}`);
    return i;
  }

  get uniqueCount(): number {
    return this.base + this.added.length;
  }
}

/** One cell: `<c r="H2" s="3" t="s"><v>12</v></c>` (no s for the default format). */
export function cellXml(
  prefix: string,
  ref: string,
  style: number,
  value: string | number,
  strings: StringTable,
  lang: Lang,
): string {
  const c = prefix === "" ? "c" : `${prefix}:c`;
  const v = prefix === "" ? "v" : `${prefix}:v`;
  const s = style === 0 ? "" : ` s="${style}"`;
  if (typeof value === "number") return `<${c} r="${ref}"${s}><${v}>${value}</${v}></${c}>`;
  return `<${c} r="${ref}"${s} t="s"><${v}>${strings.find(fitCell(value, lang))}</${v}></${c}>`;
}
