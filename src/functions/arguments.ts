// What Excel hands a custom function for a matrix parameter, turned into one list of cells (SPEC §8: a range
// spills one result per input row; a single cell is a 1×1 matrix; an omitted optional argument is null).

/** A list argument: the cells in order, and whether they ran down a column or along a row. */
export interface ListArg {
  readonly cells: readonly unknown[];
  readonly across: boolean;
}

export type ReadArg = { ok: true; list: ListArg | undefined } | { ok: false };

/** A matrix (or a scalar, or nothing) as a list; a block of several rows AND columns is not a list. */
export function readList(raw: unknown): ReadArg {
  if (raw === null || raw === undefined) return { ok: true, list: undefined };
  if (!Array.isArray(raw)) return { ok: true, list: { cells: [raw], across: false } };
  if (raw.length === 0) return { ok: true, list: undefined };
  if (!raw.every(Array.isArray)) return { ok: true, list: { cells: raw, across: false } };
  const rows = raw as unknown[][];
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  if (width <= 1) return { ok: true, list: { cells: rows.map((r) => r[0]), across: false } };
  if (rows.length === 1) return { ok: true, list: { cells: rows[0] ?? [], across: true } };
  return { ok: false };
}

/**
 * One input cell as the reader takes it. Excel passes strings, numbers and booleans; with allowErrorForDataTypeAny
 * an error cell arrives as an object (CustomFunctions.Error-like), and rich values as objects with a basicValue.
 * Anything we cannot read as a plain value becomes a formula error, so it is an error on its own row (SPEC §2).
 */
export function plainCell(cell: unknown): unknown {
  if (cell === null || cell === undefined) return null;
  if (typeof cell !== "object") return cell;
  if (cell instanceof Date) return cell;
  const o = cell as Record<string, unknown>;
  const basic = o.basicValue;
  if (typeof basic === "string" || typeof basic === "number" || typeof basic === "boolean") {
    return o.type === "Error" || o.basicType === "Error" ? { error: String(basic) } : basic;
  }
  const code = typeof o.code === "string" ? o.code : typeof o.errorType === "string" ? `#${o.errorType}` : "#VALUE!";
  return { error: code.startsWith("#") ? code : "#VALUE!" };
}

/** Lay results out the way the first argument ran: down a column, or along a row. */
export function shape<T>(values: readonly T[], across: boolean): T[][] {
  return across ? [[...values]] : values.map((v) => [v]);
}
