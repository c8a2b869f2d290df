// How every pack writes a decision down: the lists interned, so rows decided alike share them (shared.ts), and the
// rules that fired named once.
import type { Decision, Finding, IsoDate, Line } from "./model";
import { firedRules, sharedFindings, sharedLines, sharedRules } from "./shared";

export interface DecisionInit {
  readonly lines?: readonly Line[];
  readonly findings?: readonly Finding[];
  /** The rules that decided the row; the findings' rules are added (SPEC order). */
  readonly rules?: readonly string[];
  readonly supportEnd?: IsoDate | null;
}

const NONE: readonly never[] = Object.freeze([]);

/** A decision shared by every row decided alike. */
export function decided(init: DecisionInit): Decision {
  const findings = sharedFindings(init.findings ?? NONE);
  return {
    lines: sharedLines(init.lines ?? NONE),
    supportEnd: init.supportEnd ?? null,
    findings,
    rules: firedRules(sharedRules(init.rules ?? NONE), findings),
  };
}

/**
 * A decision whose findings name its own row (a pool's lenders and borrowers say which rows): no other row has them,
 * so its finding list (which it takes over) is its own, not remembered.
 */
export function decidedForRow(init: DecisionInit & { readonly findings: Finding[] }): Decision {
  const findings = init.findings;
  return {
    lines: sharedLines(init.lines ?? NONE),
    supportEnd: init.supportEnd ?? null,
    findings,
    rules: firedRules(sharedRules(init.rules ?? NONE), findings),
  };
}
