// Where the inventory's header, input columns and our output block are (SPEC §2 reading, §3 writing back), from what
// locate() found and what the person corrected in the pane. Pure.
import type { ColumnMap } from "../../core/inventory/read";
import { findHeaderIndex, findOutputStart, mapColumns } from "../../core/inventory/read";
import type { HoldingKey } from "../../core/inventory/headers";
import { OUTPUT_COLUMNS } from "../../core/output-columns";
import type { Cell, Located, Span } from "../../excel/workbook-host";

export const OUTPUT_WIDTH = OUTPUT_COLUMNS.length;

/** A person's corrections: the header row (1-based sheet row) and columns (index from the area's left; null = none). */
export interface Choices {
  readonly headerRow?: number | undefined;
  readonly mapping?: Partial<Record<HoldingKey, number | null>>;
}

export interface Layout {
  readonly sheetId: string;
  /** Index of the header row in located.head, and its sheet row (1-based). */
  readonly headerIndex: number;
  readonly headerRow: number;
  readonly header: readonly Cell[];
  /** Input columns, as indexes from area.left. */
  readonly mapping: ColumnMap;
  readonly inputWidth: number;
  readonly areaLeft: number;
  /** 0-based sheet row of the first data row, and how many rows follow to the end of the area. */
  readonly dataTop: number;
  readonly dataRows: number;
  /** Our output block: reused where its headers stand, else right of the table or used range. */
  readonly output: { readonly left: number; readonly reused: boolean };
  /** Columns read as input (our own block left out). */
  readonly inputSpans: readonly Span[];
  /** True when the block's columns may hold someone else's cells (right of a table), so they are read and checked. */
  readonly checkTarget: boolean;
  /** The workbook counts dates from 1904: date serials are read and written in that system. */
  readonly date1904: boolean;
}

export type LayoutResult = { ok: true; layout: Layout } | { ok: false; code: "NO_HEADER" | "NO_PRODUCT_COLUMN" };

const inputWidthOf = (l: Located): number => (l.source.kind === "table" ? l.area.columns : (l.head[0]?.length ?? l.area.columns));

/** The header row a person would be shown first: the table's header, else SPEC §2's first row with two known headers. */
export function detectHeaderIndex(l: Located): number | undefined {
  if (l.source.kind === "table") return 0;
  return findHeaderIndex(l.head.map((row) => row.slice(0, inputWidthOf(l))));
}

/** The recognised columns of one header row (indexes from the area's left). */
export const recognise = (l: Located, headerIndex: number): ColumnMap =>
  mapColumns((l.head[headerIndex] ?? []).slice(0, inputWidthOf(l)));

function applyChoices(base: ColumnMap, mapping: Choices["mapping"]): ColumnMap {
  const out: ColumnMap = { ...base };
  for (const [key, index] of Object.entries(mapping ?? {}) as [HoldingKey, number | null][]) {
    if (index === null) delete out[key];
    else out[key] = index;
  }
  return out;
}

function spansWithout(left: number, width: number, block: Span | undefined): Span[] {
  if (!block) return [{ left, columns: width }];
  const spans: Span[] = [];
  if (block.left > left) spans.push({ left, columns: Math.min(width, block.left - left) });
  const after = block.left + block.columns;
  if (after < left + width) spans.push({ left: Math.max(after, left), columns: left + width - Math.max(after, left) });
  return spans.filter((s) => s.columns > 0);
}

/** The header row in use: the person's pick, else the detected one; undefined when there is none. */
export function headerIndexOf(l: Located, choices: Choices): number | undefined {
  const i = choices.headerRow !== undefined ? choices.headerRow - 1 - l.area.top : detectHeaderIndex(l);
  return i === undefined || i < 0 || i >= l.head.length ? undefined : i;
}

/** The columns in use: recognised in the header row, then corrected by the person. */
export const mappingOf = (l: Located, headerIndex: number, choices: Choices): ColumnMap =>
  applyChoices(recognise(l, headerIndex), choices.mapping);

/** Columns a person may map (indexes from the area's left): the input columns, our own block left out. */
export function mappableColumns(l: Located, headerIndex: number): number[] {
  const start = findOutputStart(l.head[headerIndex] ?? []);
  return Array.from({ length: inputWidthOf(l) }, (_, i) => i).filter(
    (i) => start === undefined || i < start || i >= start + OUTPUT_WIDTH,
  );
}

export function buildLayout(l: Located, choices: Choices = {}): LayoutResult {
  const headerIndex = headerIndexOf(l, choices);
  if (headerIndex === undefined) return { ok: false, code: "NO_HEADER" };
  const header = l.head[headerIndex] ?? [];
  const mapping = mappingOf(l, headerIndex, choices);
  if (mapping.product === undefined) return { ok: false, code: "NO_PRODUCT_COLUMN" };
  const inputWidth = inputWidthOf(l);
  const start = findOutputStart(header);
  const output =
    start !== undefined ? { left: l.area.left + start, reused: true } : { left: l.area.left + l.area.columns, reused: false };
  const block = output.reused ? { left: output.left, columns: OUTPUT_WIDTH } : undefined;
  const dataTop = l.area.top + headerIndex + 1;
  return {
    ok: true,
    layout: {
      sheetId: l.sheetId,
      headerIndex,
      headerRow: l.area.top + headerIndex + 1,
      header,
      mapping,
      inputWidth,
      areaLeft: l.area.left,
      dataTop,
      dataRows: Math.max(0, l.area.top + l.area.rows - dataTop),
      output,
      inputSpans: spansWithout(l.area.left, inputWidth, block),
      checkTarget: !output.reused && l.source.kind === "table",
      date1904: l.date1904,
    },
  };
}

/** The same layout with the block moved right of the used range, where no one else's cells are. */
export function moveClear(layout: Layout, l: Located): Layout {
  return { ...layout, output: { left: Math.max(l.usedRight, layout.output.left), reused: false }, checkTarget: false };
}
