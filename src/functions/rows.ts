// The one pipeline behind every row-wise function: argument lists → the sheet the CLI would read (header row of
// the reader's own Japanese headers + one data row per input row) → annotateValues → one RowResult per input row.
// Evaluating all rows as ONE inventory keeps J3 pools and J4 CL/Win bundling equal to the CLI's answer.
import { annotateValues } from "../core/annotate";
import type { HoldingKey } from "../core/inventory/headers";
import { isBlank } from "../core/inventory/cells";
import { COLUMNS } from "../core/inventory/headers";
import type { Context, Lang, RowResult } from "../core/model";
import { columnLabel } from "../i18n";
import type { ListArg } from "./arguments";
import { plainCell, readList } from "./arguments";
import { problemMessage } from "./messages";

/** One parameter of a function: the inventory column it stands for and what Excel passed. */
export interface Field {
  readonly key: HoldingKey;
  readonly raw: unknown;
}

export type Rows = { ok: true; across: boolean; results: (RowResult | undefined)[] } | { ok: false; message: string };

export interface RowsOptions {
  /** Columns the function fills itself (e.g. the product of JMSS.SUPPORTEND). */
  readonly fixed?: Partial<Record<HoldingKey, string>>;
  /** Sheet row (≥ 1) of the first argument's first cell, so row numbers in messages are the user's (default 2). */
  readonly firstRow?: number | undefined;
}

const HEADER: ReadonlyMap<HoldingKey, string> = new Map(COLUMNS.map((c) => [c.key, c.label.ja]));

/**
 * Decide every input row. `fields[0]` is the required first argument: its length is the number of rows. Other
 * arguments may be omitted, shorter (missing cells are blank) or a single cell (used on every row). A row whose
 * given cells are all blank is skipped, as the reader skips blank rows: its result is `undefined`.
 */
export function evaluateRows(fields: readonly Field[], ctx: Context, lang: Lang, options: RowsOptions = {}): Rows {
  const fixed = options.fixed ?? {};
  const lists: { key: HoldingKey; list: ListArg }[] = [];
  for (const f of fields) {
    const r = readList(f.raw);
    if (!r.ok) return { ok: false, message: problemMessage("NOT_A_LIST", lang, { arg: columnLabel(f.key, lang) }) };
    if (r.list) lists.push({ key: f.key, list: r.list });
  }
  const first = lists[0];
  const firstKey = fields[0]?.key;
  if (!first || first.key !== firstKey) return { ok: true, across: false, results: [] };
  const n = first.list.cells.length;
  for (const { key, list } of lists) {
    if (list.cells.length > n) {
      const params = { arg: columnLabel(key, lang), count: list.cells.length, first: columnLabel(first.key, lang), n };
      return { ok: false, message: problemMessage("LONGER_THAN_FIRST", lang, params) };
    }
  }
  // A single cell next to a longer first argument applies to every row; it does not make a blank row count.
  const perRow = lists.filter((l) => l.list.cells.length > 1 || n === 1);
  const broadcast = lists.filter((l) => !perRow.includes(l));
  const fixedKeys = (Object.keys(fixed) as HoldingKey[]).filter((k) => !lists.some((l) => l.key === k));
  const keys = [...lists.map((l) => l.key), ...fixedKeys];
  const constant: unknown[] = keys.map((k) => {
    const b = broadcast.find((l) => l.key === k);
    return b ? plainCell(b.list.cells[0]) : fixed[k];
  });
  const perRowIndex = perRow.map((l) => keys.indexOf(l.key));

  const values: unknown[][] = [keys.map((k) => HEADER.get(k) ?? k)];
  for (let i = 0; i < n; i++) {
    const row = constant.slice();
    let blank = true;
    perRow.forEach((l, k) => {
      const cell = plainCell(l.list.cells[i]);
      row[perRowIndex[k] ?? 0] = cell;
      if (blank && !isBlank(cell)) blank = false;
    });
    values.push(blank ? [] : row);
  }
  // The header sits just above the first data row, as it would on the user's sheet (row 0 for a range from row 1).
  const start = !first.list.across && options.firstRow !== undefined ? options.firstRow : 2;
  const annotated = annotateValues(values, ctx, { firstRow: start - 1, headerRow: start - 1 });
  const results: (RowResult | undefined)[] = new Array<RowResult | undefined>(n).fill(undefined);
  for (const r of annotated?.results ?? []) results[r.row - start] = r;
  return { ok: true, across: first.list.across, results };
}
