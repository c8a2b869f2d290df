// The output block (SPEC §3) of one inventory sheet as cells for the writer: headers in bold, multi-line cells
// wrapped, 新サポート期限 as a date, the 警告 cell highlighted on rows with a warning or an error. Nothing here decides.
import type { Inventory } from "../core/inventory/read";
import type { Decision, Finding, Lang } from "../core/model";
import { OUTPUT_COLUMNS } from "../core/output-columns";
import { outputHeaders, renderRow } from "../render";
import { MAX_COLUMN } from "./limits";
import type { OutputRow, OutputStyle, SheetPatch } from "./sheet-write";

const SUPPORT_END = OUTPUT_COLUMNS.findIndex((c) => c.key === "supportEnd");
const WARNINGS = OUTPUT_COLUMNS.findIndex((c) => c.key === "warnings");
const WIDTHS = OUTPUT_COLUMNS.map((c) =>
  c.key === "warnings" || c.key === "targetProduct" ? 48 : c.key === "supportEnd" ? 14 : 16,
);

/**
 * 1-based column of our first output column: the existing block when the header has it, else right of every cell
 * the sheet has (a formatted empty one too). Undefined when the block would pass column XFD, Excel's last.
 */
export function outputColumn(inventory: Inventory, widest: number): number | undefined {
  const start = inventory.outputStart !== undefined ? inventory.outputStart + 1 : widest + 1;
  return start + OUTPUT_COLUMNS.length - 1 > MAX_COLUMN ? undefined : start;
}

/** The row's most severe finding, when it is one that highlights the warnings cell. */
function worst(findings: readonly Finding[]): OutputRow["mark"] {
  let mark: OutputRow["mark"];
  for (let i = 0; i < findings.length; i++) {
    const severity = (findings[i] as Finding).severity;
    if (severity === "error") return "error";
    if (severity === "warning") mark = "warning";
  }
  return mark;
}

/** How a cell of ours looks: headers bold, 警告 highlighted by severity, 新サポート期限 a date, several lines wrapped. */
function styleOf(row: OutputRow, k: number): OutputStyle {
  if (row.mark === "header") return "header";
  const value = row.cells[k];
  if (k === WARNINGS && row.mark !== undefined) return row.mark;
  if (k === SUPPORT_END && value !== null) return "date";
  return typeof value === "string" && value.includes("\n") ? "wrap" : "plain";
}

/**
 * `decisions[i]` is the inventory's i-th data row's (annotateValues). Rows decided alike share one output row. A
 * reused block (an earlier run's) is ours: its rows that are no longer data rows are cleared.
 */
export function outputPatch(
  sheet: string,
  inventory: Inventory,
  decisions: readonly Decision[],
  start: number,
  lang: Lang,
): SheetPatch {
  const rows = new Map<number, OutputRow>();
  // A reused block keeps its headers (ours, in whichever language it was written): a table made over the block
  // names its columns after them, and Excel repairs a table whose header cells and column names differ.
  if (inventory.outputStart === undefined) rows.set(inventory.headerRow, { cells: outputHeaders(lang), mark: "header" });
  const made = new Map<Decision, OutputRow>();
  decisions.forEach((d, i) => {
    let row = made.get(d);
    if (row === undefined) made.set(d, (row = { cells: renderRow(d, lang), mark: worst(d.findings) }));
    rows.set(inventory.rowNumbers[i] as number, row);
  });
  return {
    sheet,
    start,
    widths: WIDTHS,
    rows,
    styleOf,
    ...(inventory.outputStart !== undefined && { clearBelow: inventory.headerRow }),
  };
}
