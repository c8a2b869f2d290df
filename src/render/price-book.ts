// The price-book sheet read with the words a person may write for a price class: its ja and en labels as well as its
// code (the core reads codes; the labels are words, which live in src/i18n).
import type { PriceBook, PriceBookOptions } from "../core/quote";
import { readPriceBook as readWithCodes } from "../core/quote";
import type { Values } from "../core/inventory/read";
import { WORDS } from "../i18n";

const LABELS = [WORDS.ja.priceClass, WORDS.en.priceClass];

/** Read a price-book sheet (SPEC §7). `undefined` when no header row is in the first 20 rows. */
export const readPriceBook = (values: Values, options: Omit<PriceBookOptions, "classLabels"> = {}): PriceBook | undefined =>
  readWithCodes(values, { ...options, classLabels: LABELS });
