// RowResult[] → the output columns of SPEC §3 (values only; adapters apply formats) and the --json machine form.
import { SEVERITY_ORDER } from "../core/codes";
import { isoToSerial } from "../core/dates";
import { isShared, Memo, SequenceMemo } from "../core/shared";
import type { Decision, Finding, JsonRow, Lang, Line, RowResult } from "../core/model";
import { OUTPUT_COLUMNS } from "../core/output-columns";
import { findingMessage, priceClassLabel, severityLabel } from "../i18n";

export type OutputCell = string | number | null;

/** The header cells of our output block in the chosen language. */
export const outputHeaders = (lang: Lang): string[] => OUTPUT_COLUMNS.map((c) => c[lang]);

// A full sheet repeats the same few warning lists and rule lists on thousands of rows: each distinct text is made
// once and shared (strings are immutable). Findings are never mutated after creation, so a list of the same finding
// objects always reads the same; rows with the same rules share one frozen array (see firedRules).
const TEXT_CACHE_LIMIT = 4096;
const WARNINGS = {
  ja: new SequenceMemo<Finding, string>(TEXT_CACHE_LIMIT),
  en: new SequenceMemo<Finding, string>(TEXT_CACHE_LIMIT),
};
const RULES = new Memo<readonly string[], string>(TEXT_CACHE_LIMIT);

/** Warnings column text: one finding per line, errors first, each prefixed with its severity. */
export function warningsText(r: Decision, lang: Lang): string {
  // a row's own (unfrozen) list names things of that row alone (see rowFindings): nothing to remember
  if (!isShared(r.findings)) return wordFindings(r.findings, lang);
  const memo = WARNINGS[lang];
  let node = memo.start();
  // indexed, not for…of: the lists are frozen, and for…of over them allocates on every row
  for (let i = 0; i < r.findings.length; i++) node = memo.next(node, r.findings[i] as Finding);
  return memo.recall(node) ?? memo.remember(node, wordFindings(r.findings, lang));
}

function wordFindings(findings: readonly Finding[], lang: Lang): string {
  const ordered = inSeverityOrder(findings) ? findings : [...findings].sort(bySeverity);
  let text = "";
  for (let i = 0; i < ordered.length; i++) {
    const f = ordered[i] as Finding;
    text += `${i === 0 ? "" : "\n"}【${severityLabel(f.severity, lang)}】${findingMessage(f, lang)}`;
  }
  return text;
}

function inSeverityOrder(findings: readonly Finding[]): boolean {
  for (let i = 1; i < findings.length; i++) if (bySeverity(findings[i - 1] as Finding, findings[i] as Finding) > 0) return false;
  return true;
}

function bySeverity(a: Finding, b: Finding): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
}

/** The rules column: the ids comma-separated. */
function rulesText(rules: readonly string[]): string {
  return isShared(rules) ? RULES.get(rules, (r) => r.join(", ")) : rules.join(", ");
}

/** One line's values of a column, one per line inside the cell; null when the row has no line. */
function lineCell(lines: readonly Line[], column: "sku" | "product"): string | null {
  if (lines.length === 0) return null;
  if (lines.length === 1) return (lines[0] as Line)[column];
  return lines.map((l) => l[column]).join("\n");
}

function priceClassCell(lines: readonly Line[], lang: Lang): string | null {
  if (lines.length === 0) return null;
  if (lines.length === 1) return priceClassLabel((lines[0] as Line).priceClass, lang);
  return lines.map((l) => priceClassLabel(l.priceClass, lang)).join("\n");
}

function quantityCell(lines: readonly Line[]): OutputCell {
  if (lines.length === 0) return null;
  if (lines.length === 1) return (lines[0] as Line).quantity;
  return lines.map((l) => l.quantity).join("\n");
}

// Rows decided alike share their lists (see sharedFindings, firedRules and the JMSS pack's shared lines), so a full
// sheet holds a handful of distinct decisions: each is rendered once per language and the rows that have it share the
// (frozen) cells. Only frozen lists of frozen lines are keys: those cannot change under a remembered row.
const ROWS = {
  ja: new SequenceMemo<unknown, readonly OutputCell[]>(TEXT_CACHE_LIMIT),
  en: new SequenceMemo<unknown, readonly OutputCell[]>(TEXT_CACHE_LIMIT),
};

/** One row's output cells, in OUTPUT_COLUMNS order. Several lines = one line per line inside each cell. */
export function renderRow(r: Decision, lang: Lang): readonly OutputCell[] {
  const frozen = isShared(r.lines) && Object.isFrozen(r.lines[0]) && isShared(r.findings) && isShared(r.rules);
  if (!frozen) return cellsOf(r, lang);
  const memo = ROWS[lang];
  // row-specific findings (pool shares name their rows) come last, so such a row adds one node, not three
  let node = memo.next(memo.start(), r.lines);
  node = memo.next(node, r.rules);
  node = memo.next(node, r.supportEnd);
  node = memo.next(node, r.findings);
  return memo.recall(node) ?? memo.remember(node, Object.freeze(cellsOf(r, lang)));
}

function cellsOf(r: Decision, lang: Lang): OutputCell[] {
  return [
    lineCell(r.lines, "sku"),
    lineCell(r.lines, "product"),
    quantityCell(r.lines),
    priceClassCell(r.lines, lang),
    r.supportEnd === null ? null : isoToSerial(r.supportEnd),
    r.findings.length === 0 ? null : warningsText(r, lang),
    r.rules.length === 0 ? null : rulesText(r.rules),
  ];
}

export const renderRows = (results: readonly RowResult[], lang: Lang): (readonly OutputCell[])[] =>
  results.map((r) => renderRow(r, lang));

/** The cells of every row of an inventory from its decisions (annotateValues): rows decided alike share one row. */
export function renderDecisions(decisions: readonly Decision[], lang: Lang): (readonly OutputCell[])[] {
  const rendered = new Map<Decision, readonly OutputCell[]>();
  return decisions.map((d) => {
    let cells = rendered.get(d);
    if (cells === undefined) rendered.set(d, (cells = renderRow(d, lang)));
    return cells;
  });
}

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
