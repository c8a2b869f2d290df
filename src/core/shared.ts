// The performance internals, in one place, so that rules files read as rules. A full sheet has a million rows and a
// handful of distinct decisions; three habits keep it small and fast:
// - one bounded memo helper (Memo, and SequenceMemo for keys that are sequences) for every cache in the product;
// - frozen means shared: a frozen list of findings, lines or rule ids is the one copy every row that has it shares
//   (made by the shared… functions below); a list that is not frozen is the row's own (its params name that row);
// - a sheet counter (newSheet): a memo that fills up stops remembering for the rest of that sheet and starts over
//   on the next, so a sheet of one-off values neither fills it for good (an add-in stays open for days) nor makes it
//   forget and refill on every row.
// Every remembered value depends on its key alone, so forgetting is always safe.
import { sortRules } from "./findings";
import type { Finding, Line } from "./model";

let sheet = 0;

/** A new sheet is being evaluated: memos that filled up before it may start over. */
export function newSheet(): void {
  sheet++;
}

/** How much a memo keeps by default: more distinct decisions than any real inventory has. */
export const MEMO_LIMIT = 4096;

/** A bounded map from a key (objects by identity) to a value made from the key alone. */
export class Memo<K, V> {
  private map = new Map<K, V>();
  private fullOn = -1;

  constructor(private readonly limit = MEMO_LIMIT) {}

  /** The value for `key`, made by `make` the first time (and again whenever the memo had no room to keep it). */
  get(key: K, make: (key: K) => V): V {
    const found = this.map.get(key);
    if (found !== undefined || this.map.has(key)) return found as V;
    const value = make(key);
    if (this.map.size >= this.limit && this.fullOn !== sheet) this.map.clear();
    if (this.map.size < this.limit) {
      this.map.set(key, value);
      if (this.map.size === this.limit) this.fullOn = sheet;
    }
    return value;
  }
}

export class SequenceNode<K, V> {
  value: V | undefined = undefined;
  /** Made on the first child: most nodes of a memo full of one-off sequences are leaves. */
  children: Map<K, SequenceNode<K, V>> | undefined = undefined;
}

/**
 * A bounded memo keyed by a sequence, looked up one element at a time (objects by identity), so no key string is
 * built and hashed per lookup. Walk it with `start()` and `next(node, element)`, then `recall(node)` or
 * `remember(node, value)`; once `limit` nodes are made, a walk that needs a new one ends at `undefined` (nothing more
 * is remembered) until the next sheet, when a full memo starts over.
 */
export class SequenceMemo<K, V> {
  private root = new SequenceNode<K, V>();
  private nodes = 0;
  private fullOn = -1;

  constructor(private readonly limit = MEMO_LIMIT) {}

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

/** A frozen list is a shared one (see the top of this file): never changed, the same for every row that has it. */
export const isShared = (list: readonly unknown[]): boolean => Object.isFrozen(list);

// The walks below index their lists rather than use for…of, which allocates an iterator result per element over
// frozen lists; they run for every distinct decision of a sheet.
const FINDING_LISTS = new SequenceMemo<Finding, Finding[]>();
const RULE_LISTS = new SequenceMemo<string, string[]>();
const LINE_LISTS = new SequenceMemo<string | number | undefined, Line[]>();
const FIRED = new SequenceMemo<string, string[]>();
const FIRED_BY_LISTS = new SequenceMemo<readonly unknown[], string[]>();

function share<T>(memo: SequenceMemo<T, T[]>, list: readonly T[], more: readonly T[]): T[] {
  let node = memo.start();
  for (let i = 0; i < list.length; i++) node = memo.next(node, list[i] as T);
  for (let i = 0; i < more.length; i++) node = memo.next(node, more[i] as T);
  return memo.recall(node) ?? memo.remember(node, Object.freeze(list.concat(more)) as T[]);
}

const NONE: readonly never[] = Object.freeze([]);

/** The shared frozen copy of a finding list (followed by `more`, when given). Findings are compared by identity. */
export const sharedFindings = (findings: readonly Finding[], more: readonly Finding[] = NONE): Finding[] =>
  isShared(findings) && more.length === 0 ? (findings as Finding[]) : share(FINDING_LISTS, findings, more);

/** The shared frozen copy of a list of rule ids. */
export const sharedRules = (rules: readonly string[]): string[] =>
  isShared(rules) ? (rules as string[]) : share(RULE_LISTS, rules, NONE);

function frozenLine(l: Line): Line {
  const line: Line = { sku: l.sku, product: l.product, quantity: l.quantity, priceClass: l.priceClass };
  if (l.item !== undefined) line.item = l.item;
  return Object.freeze(line);
}

/** The shared frozen copy of a list of lines (each line frozen too), compared by their fields. */
export function sharedLines(lines: readonly Line[]): Line[] {
  if (isShared(lines)) return lines as Line[];
  let node = LINE_LISTS.start();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    node = LINE_LISTS.next(node, l.sku);
    node = LINE_LISTS.next(node, l.product);
    node = LINE_LISTS.next(node, l.priceClass);
    node = LINE_LISTS.next(node, l.quantity);
    node = LINE_LISTS.next(node, l.item);
  }
  return LINE_LISTS.recall(node) ?? LINE_LISTS.remember(node, Object.freeze(lines.map(frozenLine)) as Line[]);
}

/**
 * The rule ids that fired for a decision — its own, then its findings' — in SPEC order, as a shared frozen list.
 * Rows fire the same few rule sets over and over: each is sorted once.
 */
export function firedRules(rules: readonly string[], findings: readonly Finding[]): string[] {
  // Two shared lists: one step each, by identity, instead of one per rule id.
  if (!(isShared(rules) && isShared(findings))) return firedRulesOf(rules, findings);
  const node = FIRED_BY_LISTS.next(FIRED_BY_LISTS.next(FIRED_BY_LISTS.start(), rules), findings);
  return FIRED_BY_LISTS.recall(node) ?? FIRED_BY_LISTS.remember(node, firedRulesOf(rules, findings));
}

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
