// The as-of date of a calculation. The core never reads the clock (ARCHITECTURE §8); the adapter does, once per call.
import { localDay } from "../core/dates";
import type { IsoDate } from "../core/model";

/** Today in the user's time zone — the date Excel shows for =TODAY(). */
export const today = (now: Date = new Date()): IsoDate => localDay(now);
