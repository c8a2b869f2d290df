// RowResult[] → the output columns of SPEC §3 (values only; adapters apply formats) and the --json machine form.
import type { PriceClass } from "./codes";
import { isoToSerial } from "./dates";
import type { Finding, JsonRow, Lang, RowResult } from "./model";
import { OUTPUT_COLUMNS } from "./output-columns";
import { findingMessage, priceClassLabel, severityLabel } from "../i18n";

export type OutputCell = string | number | null;

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The header cells of our output block in the chosen language. */
export const outputHeaders = (lang: Lang): string[] => OUTPUT_COLUMNS.map((c) => c[lang]);

/** Warnings column text: one finding per line, errors first, each prefixed with its severity. */
export function warningsText(r: RowResult, lang: Lang): string {
  const findings = r.findings.length < 2 ? r.findings : [...r.findings].sort(bySeverity);
  return findings.map((f) => `【${severityLabel(f.severity, lang)}】${findingMessage(f, lang)}`).join("\n");
}

function bySeverity(a: Finding, b: Finding): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
}

function joinLines(xs: string[]): string | null {
  return xs.length === 0 ? null : xs.join("\n");
}

/** One row's output cells, in OUTPUT_COLUMNS order. Several lines = one line per line inside each cell. */
export function renderRow(r: RowResult, lang: Lang): OutputCell[] {
  const join = joinLines;
  const qty: OutputCell =
    r.lines.length === 0 ? null : r.lines.length === 1 ? (r.lines[0]?.quantity ?? null) : r.lines.map((l) => l.quantity).join("\n");
  return [
    join(r.lines.map((l) => l.sku)),
    join(r.lines.map((l) => l.product)),
    qty,
    join(r.lines.map((l) => priceClassLabel(l.priceClass, lang))),
    r.supportEnd === null ? null : isoToSerial(r.supportEnd),
    r.findings.length === 0 ? null : warningsText(r, lang),
    r.rules.length === 0 ? null : r.rules.join(", "),
  ];
}

export const renderRows = (results: readonly RowResult[], lang: Lang): OutputCell[][] => results.map((r) => renderRow(r, lang));

export function toJsonRow(r: RowResult, lang: Lang, sheet?: string): JsonRow {
  const row: JsonRow = {
    row: r.row,
    lines: r.lines,
    supportEnd: r.supportEnd,
    warnings: r.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      message: findingMessage(f, lang),
      ...(f.rule ? { rule: f.rule } : {}),
    })),
    rules: r.rules,
  };
  return sheet === undefined ? row : { sheet, ...row };
}

export interface Summary {
  readonly rows: number;
  /** Rows having at least one line of the class. */
  readonly byPriceClass: Partial<Record<PriceClass, number>>;
  readonly warnings: number;
  readonly errors: number;
}

export function summarise(results: readonly RowResult[]): Summary {
  const byPriceClass: Partial<Record<PriceClass, number>> = {};
  let warnings = 0;
  let errors = 0;
  for (const r of results) {
    for (const c of new Set(r.lines.map((l) => l.priceClass))) byPriceClass[c] = (byPriceClass[c] ?? 0) + 1;
    if (r.findings.some((f) => f.severity === "error")) errors++;
    if (r.findings.some((f) => f.severity === "warning")) warnings++;
  }
  return { rows: results.length, byPriceClass, warnings, errors };
}
