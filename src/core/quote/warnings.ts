// SPEC §7: every warning once, with the rows it concerns. The same code and severity saying the same thing
// (same params) on many rows is one entry; the same code with other params says something else (another
// column, another count) and stays apart.
import { SEVERITY_ORDER } from "../codes";
import type { Finding, RowResult } from "../model";
import type { WarningGroup } from "./model";
import { addRows } from "./lines";

const paramsKey = (p: Finding["params"]): string =>
  p === undefined
    ? ""
    : JSON.stringify(
        Object.keys(p)
          .sort()
          .map((k) => [k, p[k]]),
      );

const findingKey = (f: Finding): string => [f.severity, f.code, f.rule ?? "", paramsKey(f.params)].join("\u0000");

/** Errors first, then warnings, then info; within a severity in order of first appearance. */
export function groupFindings(results: readonly RowResult[]): WarningGroup[] {
  const byKey = new Map<string, WarningGroup>();
  for (const r of results) {
    for (const f of r.findings) {
      const key = findingKey(f);
      const seen = byKey.get(key);
      if (seen) addRows(seen.rows, [r.row]);
      else byKey.set(key, { ...f, rows: [r.row] });
    }
  }
  return [...byKey.values()].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
