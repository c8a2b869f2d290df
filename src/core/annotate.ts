// read → evaluate: the one pipeline the CLI, the task pane and the custom functions share.
import { decideRows, resultOf } from "./evaluate";
import type { Inventory, ReadOptions, Values } from "./inventory/read";
import { readInventory } from "./inventory/read";
import type { Context, Decision, RowResult } from "./model";

export interface Annotated {
  readonly inventory: Inventory;
  /** `decisions[i]` is the decision of the inventory's i-th data row (rows decided alike share one). */
  readonly decisions: readonly Decision[];
  /** One result per data row, in sheet order (made on first use: a full sheet needs none to be rendered). */
  readonly results: RowResult[];
}

class Evaluated implements Annotated {
  private made: RowResult[] | undefined;

  constructor(
    readonly inventory: Inventory,
    readonly decisions: readonly Decision[],
  ) {}

  get results(): RowResult[] {
    return (this.made ??= this.decisions.map((d, i) => resultOf(this.inventory.rowNumbers[i] as number, d)));
  }
}

/** Read an inventory from sheet values and decide every row. `undefined` when no header is recognisable. */
export function annotateValues(values: Values, ctx: Context, options: ReadOptions = {}): Annotated | undefined {
  const inventory = readInventory(values, options);
  return inventory && new Evaluated(inventory, decideRows(inventory.rowNumbers, inventory.reads, ctx));
}
