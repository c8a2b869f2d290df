// One row's decision while the pack is still working on it, and the line helpers every J rule shares.
import { SequenceMemo, sharedRules } from "../../findings";
import type { Finding, Holding, Line, RowResult } from "../../model";

export type BaseTarget = "MG" | "SV/AG";

/**
 * A row's decision while the pack works on it, already in the form the row's result takes: finishDrafts replaces its
 * findings and rules, once, with the notes added and the fired rules, and the pack hands it over as it is (a full sheet
 * holds a million of them, so there is no second copy).
 */
export type Draft = RowResult;

/** A frozen list of lines or rules is taken as already shared (made by oneLine, sharedLines or sharedRules). */
export interface DraftInit {
  lines?: Line[];
  findings?: Finding[];
  rules?: string[];
}

/**
 * A row's draft. Its lines and rules are shared with every row that has the same: frozen lists of frozen lines and
 * rule ids — copy, never edit, them. Lists already frozen (oneLine, sharedRules) are taken as they are.
 */
export function draftOf(holding: Holding, init: DraftInit = {}): Draft {
  const lines = init.lines === undefined ? NO_LINES : Object.isFrozen(init.lines) ? init.lines : sharedLines(init.lines);
  const findings = init.findings ?? [];
  const rules = init.rules === undefined ? NO_RULES : Object.isFrozen(init.rules) ? init.rules : sharedRules(init.rules);
  return { row: holding.row, lines, supportEnd: null, findings, rules };
}

// A full sheet repeats the same few lists of lines (a row's own licences, at its class) on thousands of rows.
const LINE_LISTS = new SequenceMemo<string | number, Line[]>(4096);
const NO_LINES = sharedLines([]);
const NO_RULES = sharedRules([]);

/** The shared frozen copy of a list of lines (each line frozen too). */
function sharedLines(lines: readonly Line[]): Line[] {
  let node = LINE_LISTS.start();
  for (const l of lines) {
    node = LINE_LISTS.next(node, l.sku);
    node = LINE_LISTS.next(node, l.product);
    node = LINE_LISTS.next(node, l.priceClass);
    node = LINE_LISTS.next(node, l.quantity);
  }
  return LINE_LISTS.recall(node) ?? LINE_LISTS.remember(node, Object.freeze(lines.map(frozenLine)) as Line[]);
}

function frozenLine(l: Line): Line {
  return Object.freeze({ sku: l.sku, product: l.product, quantity: l.quantity, priceClass: l.priceClass });
}

/**
 * The shared list of one line (none for a quantity of 0), found without making a line: most rows of a sheet have one
 * line, the same as thousands of others.
 */
export function oneLine(sku: string, product: string, quantity: number, priceClass: Line["priceClass"]): Line[] {
  if (quantity <= 0) return NO_LINES;
  let node = LINE_LISTS.next(LINE_LISTS.start(), sku);
  node = LINE_LISTS.next(node, product);
  node = LINE_LISTS.next(node, priceClass);
  node = LINE_LISTS.next(node, quantity);
  return (
    LINE_LISTS.recall(node) ??
    LINE_LISTS.remember(node, Object.freeze([frozenLine({ sku, product, quantity, priceClass })]) as Line[])
  );
}

/** A line for the row's own product (END_OF_USE licences, lent licences): its SKU when the sheet has one. */
export function ownLine(h: Holding, quantity: number, priceClass: Line["priceClass"]): Line {
  return { sku: h.sku ?? "", product: h.product, quantity, priceClass };
}

/** ownLine alone, as a row's shared list of lines. */
export const ownLines = (h: Holding, quantity: number, priceClass: Line["priceClass"]): Line[] =>
  oneLine(h.sku ?? "", h.product, quantity, priceClass);

/**
 * Drop empty lines and merge lines of the same SKU, product and price class, keeping first-seen order —
 * so callers push lines in the order the row shows them (own class, borrowed, NORMAL, lent, END_OF_USE).
 */
export function mergeLines(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (const l of lines) {
    if (l.quantity <= 0) continue;
    const same = out.find((o) => o.sku === l.sku && o.product === l.product && o.priceClass === l.priceClass);
    if (same) same.quantity += l.quantity;
    else out.push({ sku: l.sku, product: l.product, quantity: l.quantity, priceClass: l.priceClass });
  }
  return out; // draftOf keeps a shared, exact-size copy
}

/** Indexes of the holdings by sheet row (stable: equal rows keep their order). Rows come in sheet order, as a rule. */
export function sheetOrder(holdings: readonly Holding[]): number[] {
  const order = holdings.map((_, i) => i);
  for (let i = 1; i < holdings.length; i++) {
    if ((holdings[i] as Holding).row < (holdings[i - 1] as Holding).row) {
      return order.sort((a, b) => (holdings[a] as Holding).row - (holdings[b] as Holding).row);
    }
  }
  return order;
}
