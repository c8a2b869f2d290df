// RangeAreas: what getMergedAreasOrNullObject() and getRanges("5:7,9:9") return.
import type { FakeContext } from "./context";
import { refuse } from "./api-sets";
import { FakeOfficeError, Loadable } from "./context";
import type { SheetRef } from "./range-facets";
import type { Rect } from "./workbook";
import { rectAddress } from "./workbook";

export class RangeAreasProxy extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly sheet: SheetRef,
    private readonly rects: () => Rect[],
    private readonly rows: string[] = [],
  ) {
    super(ctx);
  }
  protected read(key: string): unknown {
    const rects = this.rects();
    if (key === "isNullObject") return rects.length === 0;
    if (key === "address") return rects.map((r) => rectAddress(this.sheet(), r)).join(",");
    if (key === "areaCount") return rects.length;
    throw new FakeOfficeError("PropertyNotLoaded", `The fake RangeAreas has no property '${key}'.`);
  }
  get isNullObject(): boolean {
    return this.prop("isNullObject");
  }
  get address(): string {
    return this.prop("address");
  }
  get areaCount(): number {
    return this.prop("areaCount");
  }
  protected override queueLoad(key: string): void {
    if (key === "address") refuse(this.ctx, "RangeAreas.address");
    super.queueLoad(key);
  }
  select(): void {
    refuse(this.ctx, "RangeAreas.select");
    this.ctx.queue({
      kind: "other",
      bytes: 30 + this.rows.join(",").length,
      run: () => ((this.sheet().selection = [...this.rows]), 0),
    });
  }
}
