// JMSS.ANNOTATE: a whole inventory table (header row included) in, the add-in's output block out — the seven
// columns of SPEC §3 exactly as the CLI and the task pane write them to the right of the table, row for row.
import { annotateValues } from "../core/annotate";
import type { Context, Lang } from "../core/model";
import { OUTPUT_COLUMNS } from "../core/output-columns";
import { outputHeaders, renderRow } from "../render";
import { plainCell } from "./arguments";
import { problemMessage } from "./messages";
import { invalidValue } from "./office";
import type { Cell } from "./run";

/** `firstRow`: the sheet row of the table's first cell, so messages name the user's rows (default 1). */
export function annotateTable(raw: unknown, ctx: Context, lang: Lang, firstRow = 1): Cell[][] {
  const rows: unknown[][] = Array.isArray(raw) ? raw.map((r) => (Array.isArray(r) ? r : [r])) : [[raw]];
  const values = rows.map((r) => r.map(plainCell));
  const annotated = annotateValues(values, ctx, { firstRow });
  if (!annotated) return [[invalidValue(problemMessage("NO_HEADER", lang))]];
  const blank = (): Cell[] => OUTPUT_COLUMNS.map(() => "");
  const out: Cell[][] = values.map(blank);
  out[annotated.inventory.headerRow - firstRow] = outputHeaders(lang);
  for (const r of annotated.results) out[r.row - firstRow] = renderRow(r, lang).map((c) => c ?? "");
  return out;
}
