// Fills `{name}` placeholders in a sentence. The one place every word table (core, CLI, pane, functions) fills them.

/** Each `{name}` becomes `word(name)`; a placeholder `word` has nothing for is left as written. */
export function fill(template: string, word: (name: string) => string | undefined): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => word(name) ?? whole);
}

/** `fill` from a plain record of values. */
export const fillParams = (template: string, params: Readonly<Record<string, string | number>>): string =>
  fill(template, (name) => (params[name] === undefined ? undefined : String(params[name])));
