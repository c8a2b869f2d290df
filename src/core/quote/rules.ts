// The hook through which a pack brings its own quote rules (SPEC §7) — J4's CL/Win re-pack, J7's processor
// comparison, J13's applications — so the shared quote code knows no vendor: it finds a pack's lines by their item ids.
import type { Holding, RowResult } from "../model";
import type { PlanLine } from "./lines";
import type { Application, PriceBook, PriceRow, QuoteLine, QuoteNote, RenewalGroup } from "./model";

/** A priced quote line and the item id of the lines it sums (see Line.item). */
export type ItemLine = QuoteLine & { readonly item?: string | undefined };

/** A pack's quote rules; every step is optional, and each sees every line (a pack keeps to its own items). */
export interface QuoteRules {
  /** Before pricing: rework the plan's lines (J4 re-packs CL/Win on the total) and say what was done. */
  readonly plan?: (lines: readonly PlanLine[], book: PriceBook | undefined) => { lines: PlanLine[]; notes: QuoteNote[] };
  /** The price-book row that prices a line the shared matching (SKU, product name) does not (J7's processor licence). */
  readonly price?: (line: PlanLine, book: PriceBook | undefined) => PriceRow | undefined;
  /** After pricing: applications to file (J13), renewals to list (seed 004) and notes on the priced lines (J7). */
  readonly finish?: (lines: readonly ItemLine[], sheet: QuotedSheet) => QuoteAdditions;
}

/** What the quote needs to know of a row's holding besides its result. */
export type RowFacts = { readonly row: number } & Partial<Pick<Holding, "customerNo" | "supportEnd">>;

/** What the quote was made from, besides its lines. */
export interface QuotedSheet {
  readonly results: readonly RowResult[];
  readonly book: PriceBook | undefined;
  /** The rows' holdings, as far as the quote needs them (customer number, current support end). */
  readonly holdings: readonly RowFacts[];
}

export interface QuoteAdditions {
  readonly applications?: Application[];
  readonly renewals?: RenewalGroup[];
  readonly notes?: QuoteNote[];
}
