// Each function's answer for one decided row: the value its output column holds (SPEC §3 via render.ts's renderRow,
// so a function shows the text the CLI and the task pane write).
import type { Lang, RowResult } from "../core/model";
import type { OutputKey } from "../core/output-columns";
import { OUTPUT_COLUMNS } from "../core/output-columns";
import { renderRow } from "../render";

const column = (key: OutputKey): number => OUTPUT_COLUMNS.findIndex((c) => c.key === key);
const outputCell = (key: OutputKey) => {
  const i = column(key);
  return (r: RowResult, lang: Lang): string | number => renderRow(r, lang)[i] ?? "";
};

/** SPEC §8 JMSS.TARGET: the target SKU, or the product name where the line has no SKU; one line per line. */
export const targetOf = (r: RowResult): string => r.lines.map((l) => (l.sku !== "" ? l.sku : l.product)).join("\n");
/** 価格区分: localized price-class labels, one per line. */
export const priceClassOf = outputCell("priceClass");
/** 警告: the warnings column text. */
export const warningsOf = outputCell("warnings");
/** 新サポート期限: an Excel serial (format the cell as a date). */
export const supportEndOf = outputCell("supportEnd");
