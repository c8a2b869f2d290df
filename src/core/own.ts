// Looking a word up in a table must never find Object.prototype: `constructor`, `__proto__` or `toString` typed into
// a cell is a word like any other, and no table has it.

/** The table's own entry for `key`, or undefined (never an inherited member). */
export const own = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;
