// Small constructors so rules read like the SPEC tables: warn("POOL_EXCEEDED", "J3").
// Findings are plain data, never mutated after creation: a finding without row-specific params may be one constant
// shared by every row that has it (thousands of rows on a full sheet). Keep it that way — copy, never edit, a finding.
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

export function hasError(findings: readonly Finding[]): boolean {
  // indexed: finding lists are often shared frozen arrays, which some() walks slowly
  for (let i = 0; i < findings.length; i++) if (findings[i]?.severity === "error") return true;
  return false;
}

const RULE_ID = /^([A-Z]+)(\d+)$/;

function ruleKey(r: string): [string, number] {
  const m = RULE_ID.exec(r);
  return m ? [m[1] ?? r, Number(m[2])] : [r, 0];
}

function byRuleId(a: string, b: string): number {
  const [la, na] = ruleKey(a);
  const [lb, nb] = ruleKey(b);
  return la === lb ? na - nb : la < lb ? -1 : 1;
}

/** Rule ids in SPEC order: letter, then number (J2 before J10). */
export function sortRules(rules: Iterable<string>): string[] {
  return [...new Set(rules)].sort(byRuleId);
}
