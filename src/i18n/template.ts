// Fills `{name}` placeholders in a sentence. The one place every word table (core, CLI, pane, functions) fills them.
import { Memo } from "../core/shared";
import { own } from "../core/own";

/** Each `{name}` becomes `word(name)`; a placeholder `word` has nothing for is left as written. */
export function fill(template: string, word: (name: string) => string | undefined): string {
  const parts = split(template);
  let out = parts[0] ?? "";
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    out += (word(name) ?? `{${name}}`) + (parts[i + 1] ?? "");
  }
  return out;
}

// Sentences come from the word tables, a few hundred of them, and are filled on every row that has a finding with
// params: each is split at its placeholders once (text at even indexes, placeholder names at odd ones).
const SPLIT = new Memo<string, readonly string[]>();

const split = (template: string): readonly string[] => SPLIT.get(template, (t) => t.split(/\{(\w+)\}/));

/** `fill` from a plain record of values. */
export const fillParams = (template: string, params: Readonly<Record<string, string | number>>): string =>
  fill(template, (name) => {
    const v = own(params, name);
    return v === undefined ? undefined : String(v);
  });
