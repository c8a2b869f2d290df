// read → evaluate: the one pipeline the CLI, the task pane and the custom functions share.
import { evaluate } from "./evaluate";
import type { Inventory, ReadOptions, Values } from "./inventory/read";
import { readInventory } from "./inventory/read";
import type { Context, RowResult } from "./model";

export interface Annotated {
  readonly inventory: Inventory;
  /** One result per data row of the inventory, in sheet order. */
  readonly results: RowResult[];
}

/** Read an inventory from sheet values and decide every row. `undefined` when no header is recognisable. */
export function annotateValues(values: Values, ctx: Context, options: ReadOptions = {}): Annotated | undefined {
  const inventory = readInventory(values, options);
  return inventory && { inventory, results: evaluate(inventory.rows, ctx) };
}
