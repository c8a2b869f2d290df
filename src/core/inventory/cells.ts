// SPEC §2: turning one raw cell (from the Excel host, exceljs or a custom-function matrix) into a typed value.
// Expected failures are values: a cell either reads or names why it cannot.
import type { CommonCode } from "../codes";
import { DAYS_1900_TO_1904, dateToIso, isoFromParts, serialToIso } from "../dates";
import type { IsoDate } from "../model";
import type { ColumnKind } from "./headers";
import { NO_WORDS, YES_WORDS } from "./headers";
import { nfkc, word } from "./normalise";
import { groupDigits } from "../digits";

export type CellValue = string | number | boolean | IsoDate;
export type CellRead = { ok: true; value: CellValue } | { ok: false; code: CommonCode; text: string; max?: string } | undefined;

const FORMULA_ERROR =
  /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|FIELD!|BUSY!|CONNECT!|BLOCKED!|UNKNOWN!|GETTING_DATA)$/i;

/**
 * A formula saved without its calculated value (openpyxl and other generators write formulas so): only Excel, or
 * another spreadsheet program, can calculate it. exceljs's shape of such a cell, which the CLI's reader gives too.
 */
export interface Uncalculated {
  readonly formula: string;
}

/** A host cell as a primitive: exceljs rich text, hyperlinks and formulas become their text/result. */
export function primitive(cell: unknown): string | number | boolean | Date | { error: string } | Uncalculated | undefined {
  if (cell === null || cell === undefined) return undefined;
  if (typeof cell === "string" || typeof cell === "number" || typeof cell === "boolean") return cell;
  if (cell instanceof Date) return cell;
  if (typeof cell !== "object") return String(cell);
  const o = cell as Record<string, unknown>;
  if (typeof o.error === "string") return { error: o.error };
  if (Array.isArray(o.richText)) {
    return o.richText.map((r) => (r && typeof r === "object" ? String((r as { text?: unknown }).text ?? "") : "")).join("");
  }
  if (o.result !== undefined) return primitive(o.result);
  if (typeof o.formula === "string") return { formula: o.formula };
  if ("result" in o) return undefined;
  if (typeof o.text === "string") return o.text;
  return undefined;
}

/** Fast path: a first character that is visible ASCII or CJK cannot be space (NBSP, em space, U+3000 can). */
const mayBeSpace = (c: number): boolean => !((c > 0x20 && c < 0x7f) || (c > 0x3000 && c !== 0xfeff));

export function isBlank(cell: unknown): boolean {
  if (typeof cell === "number" || typeof cell === "boolean") return false;
  if (typeof cell === "string" && cell.length > 0 && !mayBeSpace(cell.charCodeAt(0))) return false;
  const p = primitive(cell);
  return p === undefined || (typeof p === "string" && nfkc(p) === "");
}

const ERA_BASE: ReadonlyMap<string, number> = new Map([
  ["明治", 1867],
  ["m", 1867],
  ["大正", 1911],
  ["t", 1911],
  ["昭和", 1925],
  ["s", 1925],
  ["平成", 1988],
  ["h", 1988],
  ["令和", 2018],
  ["r", 2018],
]);
const ISO_LIKE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const ERA = /^(明治|大正|昭和|平成|令和|[mtshr])\s*(\d{1,2}|元)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/**
 * Dates as SPEC §2 lists them: serials, 2021-03-31, 2021/3/31, 2021年3月31日, 令和3年3月31日, R3.3.31. A serial counts
 * from 1904 when `date1904` (an old Mac workbook's date system).
 */
export function parseDateText(text: string, date1904 = false): IsoDate | undefined {
  const s = word(text);
  const iso = ISO_LIKE.exec(s);
  if (iso) return isoFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const era = ERA.exec(s);
  if (era) {
    const base = ERA_BASE.get(era[1] ?? "");
    const n = era[2] === "元" ? 1 : Number(era[2]);
    return base === undefined ? undefined : isoFromParts(base + n, Number(era[3]), Number(era[4]));
  }
  if (/^\d{1,7}(\.\d+)?$/.test(s)) return serialFrom(Number(s), date1904);
  return undefined;
}

const QUANTITY_TEXT = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.0+)?\s*(本|台|個|ライセンス|licenses?|pcs)?$/;

/** A whole number written as a number or as text (1,000 / ３本); not necessarily a safe one. */
function readInteger(p: string | number | boolean): number | undefined {
  if (typeof p === "boolean") return undefined;
  let n: number;
  if (typeof p === "number") n = p;
  else {
    const m = QUANTITY_TEXT.exec(word(p));
    if (!m) return undefined;
    n = Number((m[1] ?? "").replace(/,/g, ""));
  }
  return Number.isInteger(n) ? n : undefined;
}

function readYesNo(p: string | number | boolean): boolean | undefined {
  if (typeof p === "boolean") return p;
  const w = typeof p === "number" ? String(p) : word(p);
  if (YES_WORDS.includes(w)) return true;
  if (NO_WORDS.includes(w) || w === "ー" || w === "−") return false;
  return undefined;
}

function readChoice(p: string | number | boolean, kind: ChoiceKind): string | undefined {
  if (typeof p !== "string") return undefined;
  const w = word(p);
  return kind.words.get(w) ?? kind.words.get(choiceStem(w, kind.prefixes ?? []));
}

type ChoiceKind = Extract<ColumnKind, { kind: "choice" }>;

/** The word without what inventories add around it: `JMSS サーバ`, `稼働マシン用`, `JobCenter MG`, `フローティングライセンス`. */
function choiceStem(w: string, prefixes: readonly string[]): string {
  const prefix = prefixes.find((p) => w.startsWith(p));
  return (prefix === undefined ? w : w.slice(prefix.length))
    .replace(/\s*(ライセンス|license)$/, "")
    .replace(/用$/, "")
    .replace(/\s+/g, "");
}

const fail = (code: CommonCode, raw: unknown): CellRead => ({ ok: false, code, text: String(raw).slice(0, 40) });
const tooLarge = (raw: unknown, max: number): CellRead => ({
  ok: false,
  code: "TOO_LARGE",
  text: String(raw).slice(0, 40),
  max: groupDigits(max),
});

/** A serial of the workbook's date system as a date. */
const serialFrom = (serial: number, date1904: boolean): IsoDate | undefined =>
  !date1904 ? serialToIso(serial) : serial >= 0 ? serialToIso(serial + DAYS_1900_TO_1904) : undefined;

/** Read one cell of a column. `undefined` = blank. Date serials count from 1904 when `date1904`. */
export function readCell(cell: unknown, kind: ColumnKind, date1904 = false): CellRead {
  const p = primitive(cell);
  if (p === undefined) return undefined;
  if (typeof p === "object" && !(p instanceof Date))
    return "error" in p ? fail("CELL_ERROR", p.error) : fail("FORMULA_NOT_CALCULATED", `=${p.formula}`);
  if (typeof p === "string") {
    const t = nfkc(p);
    if (t === "") return undefined;
    if (FORMULA_ERROR.test(t)) return fail("CELL_ERROR", t);
  }
  if (p instanceof Date) {
    const d = kind.kind === "date" ? dateToIso(p) : undefined;
    const text = Number.isNaN(p.getTime()) ? "Invalid Date" : p.toISOString().slice(0, 10);
    return d ? { ok: true, value: d } : fail(kind.kind === "date" ? "INVALID_DATE" : "INVALID_VALUE", text);
  }
  switch (kind.kind) {
    case "text":
      return { ok: true, value: typeof p === "string" ? nfkc(p) : String(p) };
    case "quantity":
    case "count": {
      const n = readInteger(p);
      if (n === undefined || n < (kind.kind === "quantity" ? 1 : 0)) return fail("INVALID_QUANTITY", p);
      return n > kind.max ? tooLarge(p, kind.max) : { ok: true, value: n };
    }
    case "yesno": {
      const b = readYesNo(p);
      return b === undefined ? fail("INVALID_VALUE", p) : { ok: true, value: b };
    }
    case "date": {
      const d = typeof p === "number" ? serialFrom(p, date1904) : typeof p === "string" ? parseDateText(p, date1904) : undefined;
      return d === undefined ? fail("INVALID_DATE", p) : { ok: true, value: d };
    }
    case "choice": {
      const c = readChoice(p, kind);
      return c === undefined ? fail("INVALID_VALUE", p) : { ok: true, value: c };
    }
  }
}
