// One <c> of SpreadsheetML (ECMA-376 Part 1 §18.3.1.4) as the value the core's reader takes, the same as exceljs
// gave it: text, a number, a boolean, a Date for a date-formatted number, { error } for an error value, and
// { formula } for a formula saved without its calculated value.
import { DAYS_1900_TO_1904 } from "../core/dates";

// An xsd:double as SpreadsheetML writes numbers; read by hand, not Number() (which also takes "0x1A" and "").
const isDecimal = (s: string): boolean => {
  let i = s.charCodeAt(0) === 45 || s.charCodeAt(0) === 43 ? 1 : 0;
  let digits = 0;
  let dot = false;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46 && !dot) dot = true;
    else break;
  }
  if (digits === 0) return false;
  if (i === s.length) return true;
  if (s.charCodeAt(i) !== 69 && s.charCodeAt(i) !== 101) return false; // E, e
  i++;
  if (s.charCodeAt(i) === 45 || s.charCodeAt(i) === 43) i++;
  const exponent = i;
  for (; i < s.length; i++) if (s.charCodeAt(i) < 48 || s.charCodeAt(i) > 57) return false;
  return i > exponent;
};

/** A number cell's text as a number, or the text itself when it is not one (the row's error then shows it). */
function numberOf(text: string): number | string {
  const t = text.trim();
  if (!isDecimal(t)) return text;
  const n = Number(t);
  return Number.isFinite(n) ? n : text;
}

const DAY_MS = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;

/** A date serial of the workbook's date system as exceljs made it a Date (UTC midnight of the day it shows). */
export function serialDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DAYS_1900_TO_1904 : 0)) * DAY_MS));
}

/** A `d` cell's ISO 8601 text as a Date; one without a zone is taken as UTC, so a date is the day it names. */
function isoDate(text: string): Date {
  const t = text.trim();
  return new Date(/(z|[+-]\d\d:?\d\d)$/i.test(t) ? t : t.includes("T") ? `${t}Z` : `${t}T00:00:00Z`);
}

const BOOLEAN: ReadonlyMap<string, boolean> = new Map([
  ["1", true],
  ["true", true],
  ["0", false],
  ["false", false],
]);

/**
 * The value of a cell from what the reader collected: its t attribute (s, str, inlineStr, b, e, n or d), whether it
 * has a <v> and that text, the text of its <is>, its formula's text (undefined: no formula), and whether its format
 * shows a date.
 */
export function cellValue(
  type: string,
  hasValue: boolean,
  value: string,
  inline: string,
  formula: string | undefined,
  dated: boolean,
  strings: readonly string[],
  date1904: boolean,
): unknown {
  // a cell with no value is blank, unless it has a formula, whose value was never calculated and saved
  const none = formula === undefined ? undefined : { formula };
  switch (type) {
    case "s": {
      if (!hasValue) return undefined;
      const i = numberOf(value);
      return typeof i === "number" && Number.isInteger(i) ? strings[i] : undefined;
    }
    case "inlineStr":
      return inline;
    case "str":
      return hasValue ? value : none;
    case "b":
      return hasValue ? (BOOLEAN.get(value.trim()) ?? value) : none;
    case "e":
      return hasValue ? { error: value.trim() } : none;
    case "d":
      return hasValue ? isoDate(value) : none;
    default: {
      if (!hasValue || value.trim() === "") return none;
      const n = numberOf(value);
      return typeof n === "number" && dated ? serialDate(n, date1904) : n;
    }
  }
}
