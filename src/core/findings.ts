// Small constructors so rules read like the SPEC tables: warn("POOL_EXCEEDED", "J3").
import type { FindingCode } from "./codes";
import type { Finding } from "./model";

type Params = Record<string, string | number>;

function make(severity: Finding["severity"], code: FindingCode, rule?: string, params?: Params): Finding {
  const f: Finding = { code, severity };
  if (rule !== undefined) f.rule = rule;
  if (params !== undefined) f.params = params;
  return f;
}

export const error = (code: FindingCode, rule?: string, params?: Params): Finding => make("error", code, rule, params);
export const warn = (code: FindingCode, rule?: string, params?: Params): Finding => make("warning", code, rule, params);
export const info = (code: FindingCode, rule?: string, params?: Params): Finding => make("info", code, rule, params);

export const hasError = (findings: readonly Finding[]): boolean => findings.some((f) => f.severity === "error");

/** Rule ids in SPEC order: letter, then number (J2 before J10). */
export function sortRules(rules: Iterable<string>): string[] {
  const key = (r: string): [string, number] => {
    const m = /^([A-Z]+)(\d+)$/.exec(r);
    return m ? [m[1] ?? r, Number(m[2])] : [r, 0];
  };
  return [...new Set(rules)].sort((a, b) => {
    const [la, na] = key(a);
    const [lb, nb] = key(b);
    return la === lb ? na - nb : la < lb ? -1 : 1;
  });
}
