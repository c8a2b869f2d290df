// The as-of date of a calculation. The core never reads the clock (ARCHITECTURE §8); the adapter does, once per call.
import { isoFromParts } from "../core/dates";
import type { IsoDate } from "../core/model";

/** Today in the user's time zone — the date Excel shows for =TODAY(). */
export function today(now: Date = new Date()): IsoDate {
  const d = isoFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
  if (d === undefined) throw new Error(`clock out of range: ${now.toString()}`);
  return d;
}
