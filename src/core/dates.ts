// Calendar arithmetic on IsoDate (UTC, no time of day, no clock). Excel serials use the 1900 date system.
import type { IsoDate } from "./model";

const DAY_MS = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

const pad = (n: number, w: number): string => String(n).padStart(w, "0");

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A valid calendar date as IsoDate, or undefined (2021-02-30 is not a date). */
export function isoFromParts(year: number, month: number, day: number): IsoDate | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return undefined;
  }
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as IsoDate;
}

export function parts(d: IsoDate): [number, number, number] {
  return [Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))];
}

function fromUtcMs(ms: number): IsoDate | undefined {
  const d = new Date(ms);
  return isoFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const toUtcMs = (d: IsoDate): number => {
  const [y, m, day] = parts(d);
  return Date.UTC(y, m - 1, day);
};

/** Excel serial (1 = 1900-01-01; Excel's phantom 1900-02-29 = 60 is not a date) → IsoDate. */
export function serialToIso(serial: number): IsoDate | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466 || serial === 60) return undefined;
  const whole = Math.floor(serial);
  return fromUtcMs(EXCEL_EPOCH_MS + (whole < 60 ? whole + 1 : whole) * DAY_MS);
}

export function isoToSerial(d: IsoDate): number {
  const days = Math.round((toUtcMs(d) - EXCEL_EPOCH_MS) / DAY_MS);
  return days < 61 ? days - 1 : days;
}

/**
 * Days between the two date systems' serials: a workbook made on an old Mac counts from 1904-01-01 (serial 0 there,
 * 1462 here). The core speaks the 1900 system; the adapters shift serials they read from or write to such a workbook.
 */
export const DAYS_1900_TO_1904 = 1462;

/** A 1900-system serial as a workbook of the given date system writes it. */
export const workbookSerial = (serial: number, date1904: boolean): number => (date1904 ? serial - DAYS_1900_TO_1904 : serial);

/**
 * The calendar day an instant falls on in the local time zone (what Excel's =TODAY() shows there). The core never
 * reads the clock: an adapter passes `new Date()` (ARCHITECTURE §8).
 */
export function localDay(instant: Date): IsoDate {
  const d = isoFromParts(instant.getFullYear(), instant.getMonth() + 1, instant.getDate());
  if (d === undefined) throw new RangeError(`clock out of range: ${instant.toString()}`);
  return d;
}

export function dateToIso(date: Date): IsoDate | undefined {
  // exceljs hands dates over as UTC midnights; keep the calendar day it meant.
  return Number.isNaN(date.getTime()) ? undefined : fromUtcMs(date.getTime());
}

export function addDays(d: IsoDate, days: number): IsoDate {
  return fromUtcMs(toUtcMs(d) + days * DAY_MS) ?? d;
}

export const isEndOfMonth = (d: IsoDate): boolean => {
  const [y, m, day] = parts(d);
  return day === daysInMonth(y, m);
};

export function startOfMonth(d: IsoDate): IsoDate {
  return `${d.slice(0, 8)}01` as IsoDate;
}

export function endOfMonth(d: IsoDate): IsoDate {
  const [y, m] = parts(d);
  return `${d.slice(0, 8)}${pad(daysInMonth(y, m), 2)}` as IsoDate;
}

/** Add calendar months; a day past the target month's end is clamped to it (2024-02-29 + 12 → 2025-02-28). */
export function addMonths(d: IsoDate, months: number): IsoDate {
  const [y, m, day] = parts(d);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return isoFromParts(year, month, Math.min(day, daysInMonth(year, month))) ?? d;
}

export const compareIso = (a: IsoDate, b: IsoDate): number => (a < b ? -1 : a > b ? 1 : 0);
