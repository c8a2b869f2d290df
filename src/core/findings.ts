// Small constructors so rules read like the SPEC tables: warn("POOL_EXCEEDED", "J3"); and the shared lists of findings
// and rule ids that keep a full sheet's results small.
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

/**
 * A bounded memo keyed by a sequence, looked up one element at a time (objects by identity), so no key string is
 * built and hashed per lookup. Rows share their finding objects and rule ids, so a full sheet's sequences are a
 * handful of paths. Walk it with `start()` and `next(node, element)`, then `recall(node)` or `remember(node, value)`;
 * once `limit` nodes are remembered, a walk that needs a new one ends at `undefined` (nothing more is remembered) until
 * the next sheet is evaluated (newSheet), when a full memo starts over — so a sheet of one-off sequences cannot fill it
 * for good in an add-in that stays open, nor make it forget and refill on every row. Every value depends on its key
 * alone, so forgetting is always safe.
 */
export class SequenceMemo<K, V> {
  private root = new SequenceNode<K, V>();
  private nodes = 0;
  /** The sheet during which the memo filled up. */
  private fullOn = -1;

  constructor(private readonly limit: number) {}

  start(): SequenceNode<K, V> | undefined {
    if (this.nodes >= this.limit && this.fullOn !== sheet) {
      this.root = new SequenceNode<K, V>();
      this.nodes = 0;
    }
    return this.root;
  }

  next(node: SequenceNode<K, V> | undefined, element: K): SequenceNode<K, V> | undefined {
    if (node === undefined) return undefined;
    let child = node.children?.get(element);
    if (child === undefined && this.nodes < this.limit) {
      child = new SequenceNode<K, V>();
      (node.children ??= new Map()).set(element, child);
      if (++this.nodes === this.limit) this.fullOn = sheet;
    }
    return child;
  }

  recall(node: SequenceNode<K, V> | undefined): V | undefined {
    return node?.value;
  }

  remember(node: SequenceNode<K, V> | undefined, value: V): V {
    if (node !== undefined) node.value = value;
    return value;
  }
}

let sheet = 0;

/** A new sheet is being evaluated: memos that filled up before it may start over (see SequenceMemo). */
export function newSheet(): void {
  sheet++;
}

export class SequenceNode<K, V> {
  value: V | undefined = undefined;
  /** Made on the first child: most nodes of a memo full of one-off sequences are leaves. */
  children: Map<K, SequenceNode<K, V>> | undefined = undefined;
}

// A full sheet has a million rows and a handful of distinct finding lists and rule lists: rows with the same list
// share one frozen copy. The walks index their lists rather than use for…of, which allocates an iterator result per
// element over frozen lists; they run for every row of a sheet.
const FINDING_LISTS = new SequenceMemo<Finding, Finding[]>(4096);
const RULE_LISTS = new SequenceMemo<string, string[]>(4096);
const FIRED = new SequenceMemo<string, string[]>(4096);

function share<T>(memo: SequenceMemo<T, T[]>, list: readonly T[], more: readonly T[]): T[] {
  let node = memo.start();
  for (let i = 0; i < list.length; i++) node = memo.next(node, list[i] as T);
  for (let i = 0; i < more.length; i++) node = memo.next(node, more[i] as T);
  return memo.recall(node) ?? memo.remember(node, Object.freeze(list.concat(more)) as T[]);
}

const NONE: readonly never[] = [];

/** The shared frozen copy of a finding list (followed by `more`, when given). */
export const sharedFindings = (findings: readonly Finding[], more: readonly Finding[] = NONE): Finding[] =>
  share(FINDING_LISTS, findings, more);

/** The shared frozen copy of a list of rule ids. */
export const sharedRules = (rules: readonly string[]): string[] => share(RULE_LISTS, rules, NONE);

/**
 * The rule ids that fired for a decision — its own, then its findings' — in SPEC order. Rows fire the same few rule
 * sets over and over: each is sorted once, and rows with the same rules share one frozen array.
 */
export function firedRules(rules: readonly string[], findings: readonly Finding[]): string[] {
  // Two frozen (so unchanging) lists: one step each, by identity, instead of one per rule id.
  if (!(Object.isFrozen(rules) && Object.isFrozen(findings))) return firedRulesOf(rules, findings);
  const node = FIRED_BY_LISTS.next(FIRED_BY_LISTS.next(FIRED_BY_LISTS.start(), rules), findings);
  return FIRED_BY_LISTS.recall(node) ?? FIRED_BY_LISTS.remember(node, firedRulesOf(rules, findings));
}

const FIRED_BY_LISTS = new SequenceMemo<readonly unknown[], string[]>(4096);

function firedRulesOf(rules: readonly string[], findings: readonly Finding[]): string[] {
  let node = FIRED.start();
  for (let i = 0; i < rules.length; i++) node = FIRED.next(node, rules[i] as string);
  for (let i = 0; i < findings.length; i++) {
    const rule = findings[i]?.rule;
    if (rule) node = FIRED.next(node, rule);
  }
  return FIRED.recall(node) ?? FIRED.remember(node, Object.freeze(sortRules(ruleIds(rules, findings))) as string[]);
}

function ruleIds(rules: readonly string[], findings: readonly Finding[]): string[] {
  const ids = [...rules];
  for (const f of findings) if (f.rule) ids.push(f.rule);
  return ids;
}
