// Worksheet, its tables and the small facets (protection, autoFilter, a function's result) the pane loads, over the
// in-memory workbook.
import type { GatedMember } from "./api-sets";
import { FAKE_API_SETS, refuse } from "./api-sets";
import type { FakeContext } from "./context";
import { FakeOfficeError, Loadable } from "./context";
import { RangeProxy } from "./range";
import { RangeAreasProxy } from "./range-areas";
import type { SheetRef } from "./range-facets";
import type { FakeTable } from "./workbook";
import { usedArea } from "./workbook";

const AUTO_FILTER: Record<string, GatedMember> = { isDataFiltered: "AutoFilter.isDataFiltered" };

export class ScalarFacet extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly values: (key: string) => unknown,
    /** Properties an older Excel lacks: refused below their set when loaded. */
    private readonly gated: Readonly<Record<string, GatedMember>> = {},
  ) {
    super(ctx);
  }
  protected override queueLoad(key: string): void {
    const member = this.gated[key];
    if (member) refuse(this.ctx, member);
    super.queueLoad(key);
  }
  protected read(key: string): unknown {
    return key === "isNullObject" ? false : this.values(key);
  }
  get protected(): boolean {
    return this.prop("protected");
  }
  get isDataFiltered(): boolean {
    return this.prop("isDataFiltered");
  }
  get enabled(): boolean {
    return this.prop("enabled");
  }
  /** A FunctionResult's value (workbook.functions). */
  get value(): unknown {
    return this.prop("value");
  }
}

export class TableProxy extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly sheet: SheetRef,
    private readonly table: FakeTable,
  ) {
    super(ctx);
    this.loaded.set("name", table.name);
  }
  protected read(key: string): unknown {
    return key === "name" ? this.table.name : key === "showTotals" ? this.table.showTotals === true : false;
  }
  get name(): string {
    return this.prop("name");
  }
  get showTotals(): boolean {
    return this.prop("showTotals");
  }
  getRange(): RangeProxy {
    return new RangeProxy(this.ctx, this.sheet, () => this.table.area);
  }
  get autoFilter(): ScalarFacet {
    refuse(this.ctx, "Table.autoFilter");
    return new ScalarFacet(this.ctx, () => this.table.filtered, AUTO_FILTER);
  }
}

/** A collection whose only loadable shape is "items/name". */
export class ItemsProxy<T> extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly items_: () => T[],
  ) {
    super(ctx);
  }
  protected read(key: string): unknown {
    return key === "isNullObject" ? false : this.items_();
  }
  protected override queueLoad(): void {
    // The response holds each item's loaded name (~40 bytes), not the proxies (whose JSON would be the whole workbook).
    this.ctx.queue({
      kind: "load",
      bytes: 40,
      run: () => {
        const items = this.items_();
        this.loaded.set("items", items);
        this.loaded.set("isNullObject", false);
        return 40 * items.length;
      },
    });
  }
  get items(): T[] {
    return this.prop("items");
  }
}

export class WorksheetProxy extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly find: SheetRef,
  ) {
    super(ctx);
  }
  protected read(key: string): unknown {
    const s = this.find();
    if (key === "id") return s.id;
    if (key === "name") return s.name;
    if (key === "isNullObject") return false;
    throw new FakeOfficeError("PropertyNotLoaded", `The fake Worksheet has no property '${key}'.`);
  }
  protected override child(key: string): Loadable | undefined {
    return key === "protection" ? this.protection : key === "autoFilter" ? this.autoFilter : undefined;
  }
  get id(): string {
    return this.prop("id");
  }
  get name(): string {
    return this.prop("name");
  }
  private protection_?: ScalarFacet;
  get protection(): ScalarFacet {
    return (this.protection_ ??= new ScalarFacet(this.ctx, () => this.find().protected));
  }
  private autoFilter_?: ScalarFacet;
  get autoFilter(): ScalarFacet {
    refuse(this.ctx, "Worksheet.autoFilter");
    return (this.autoFilter_ ??= new ScalarFacet(this.ctx, () => this.find().filtered, AUTO_FILTER));
  }
  get tables(): ItemsProxy<TableProxy> {
    return new ItemsProxy(this.ctx, () => this.find().tables.map((t) => new TableProxy(this.ctx, this.find, t)));
  }
  get freezePanes(): { freezeRows: (n: number) => void } {
    return { freezeRows: (n) => this.ctx.queue({ kind: "other", bytes: 30, run: () => ((this.find().frozenRows = n), 0) }) };
  }
  get pageLayout(): Record<string, unknown> {
    const { ctx, find } = this;
    refuse(ctx, "Worksheet.pageLayout");
    return new Proxy(
      {},
      {
        set(_, key: string, value: unknown) {
          const member = `PageLayout.${key}`;
          if (member in FAKE_API_SETS) refuse(ctx, member as GatedMember);
          ctx.queue({ kind: "other", bytes: 40, run: () => ((find().pageLayout[key] = value), 0) });
          return true;
        },
      },
    );
  }
  getRangeByIndexes(top: number, left: number, rows: number, columns: number): RangeProxy {
    if (rows < 1 || columns < 1)
      throw new FakeOfficeError("InvalidArgument", `getRangeByIndexes(${top}, ${left}, ${rows}, ${columns})`);
    return new RangeProxy(this.ctx, this.find, () => ({ top, left, rows, columns }));
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.ctx, this.find, () => usedArea(this.find()));
  }
  getRanges(address: string): RangeAreasProxy {
    refuse(this.ctx, "Worksheet.getRanges");
    const rows = address.split(",").map((a) => a.trim());
    if (rows.some((a) => !/^\d+:\d+$/.test(a)))
      throw new FakeOfficeError("InvalidArgument", `The fake only selects whole rows: ${address}`);
    return new RangeAreasProxy(this.ctx, this.find, () => [], rows);
  }
  /** Worksheet.getRange (ExcelApi 1.1) for the one address shape the pane selects: whole rows, "5:7". */
  getRange(address: string): { select: () => void } {
    if (!/^\d+:\d+$/.test(address)) throw new FakeOfficeError("InvalidArgument", `The fake only selects whole rows: ${address}`);
    return { select: () => this.ctx.queue({ kind: "other", bytes: 30, run: () => ((this.find().selection = [address]), 0) }) };
  }
  activate(): void {
    this.ctx.queue({ kind: "other", bytes: 20, run: () => (void this.ctx.book.activate(this.find().id), 0) });
  }
}
