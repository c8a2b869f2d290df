// A1 notation for the few addresses the pane builds or shows (pure; no Office calls).
import type { Area } from "./workbook-host";

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function areaAddress(a: Area): string {
  const first = `${columnLetters(a.left)}${a.top + 1}`;
  if (a.rows === 1 && a.columns === 1) return first;
  return `${first}:${columnLetters(a.left + a.columns - 1)}${a.top + a.rows}`;
}

/** Sheet rows (1-based) as whole-row areas, consecutive rows joined: [5,6,7,9] → ["5:7", "9:9"]. */
export function rowAreas(rows: readonly number[]): string[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const out: string[] = [];
  let start = sorted[0];
  let prev = start;
  for (const r of sorted.slice(1)) {
    if (prev !== undefined && r === prev + 1) {
      prev = r;
      continue;
    }
    if (start !== undefined) out.push(`${start}:${prev}`);
    start = r;
    prev = r;
  }
  if (start !== undefined) out.push(`${start}:${prev}`);
  return out;
}
