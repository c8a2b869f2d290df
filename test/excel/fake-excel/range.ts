// Range over the in-memory workbook: values and number formats queued until sync, geometry, merged areas, select.
import { refuse } from "./api-sets";
import type { FakeContext } from "./context";
import { FakeOfficeError, jsonBytes, Loadable } from "./context";
import { RangeAreasProxy } from "./range-areas";
import type { SheetRef } from "./range-facets";
import { conditionalFormatsFacet, dataValidationFacet, formatFacet, guardWrite } from "./range-facets";
import type { Cell, FakeSheet, Rect } from "./workbook";
import { getCell, overlaps, readArea, rectAddress, setArea } from "./workbook";

export type { SheetRef };

export class RangeProxy extends Loadable {
  private rect: Rect | null | undefined;
  readonly format: Record<string, unknown>;

  constructor(
    ctx: FakeContext,
    private readonly sheet: SheetRef,
    private readonly resolve: () => Rect | null,
  ) {
    super(ctx);
    this.format = formatFacet(ctx, sheet, () => this.area(), "");
  }

  area(): Rect {
    if (this.rect === undefined) this.rect = this.resolve();
    if (this.rect === null) throw new FakeOfficeError("InvalidOperation", "The range is a null object.");
    return this.rect;
  }

  protected read(key: string): unknown {
    if (key === "isNullObject") return (this.rect === undefined ? (this.rect = this.resolve()) : this.rect) === null;
    if (this.rect === undefined) this.rect = this.resolve();
    if (this.rect === null) return undefined;
    const r = this.rect;
    switch (key) {
      case "values":
        if (r.rows * r.columns > 5_000_000)
          throw new FakeOfficeError("RangeExceedsLimit", "The range has more than 5,000,000 cells.");
        return readArea(this.sheet(), r);
      case "formulas":
        // As in Office.js: the formula where a cell has one, else its value.
        return readArea(this.sheet(), r).map((row, i) =>
          row.map((v, k) => this.sheet().formulas.get(`${r.top + i},${r.left + k}`) ?? v),
        );
      case "numberFormat":
        return readArea(this.sheet(), r).map((row, i) =>
          row.map((_, k) => this.sheet().numberFormats.get(`${r.top + i},${r.left + k}`) ?? "General"),
        );
      case "rowIndex":
        return r.top;
      case "columnIndex":
        return r.left;
      case "rowCount":
        return r.rows;
      case "columnCount":
        return r.columns;
      case "address":
        return rectAddress(this.sheet(), r);
      default:
        throw new FakeOfficeError("PropertyNotLoaded", `The fake Range has no property '${key}'.`);
    }
  }

  get isNullObject(): boolean {
    return this.prop("isNullObject");
  }
  get values(): unknown[][] {
    return this.prop("values");
  }
  get formulas(): unknown[][] {
    return this.prop("formulas");
  }
  set values(v: unknown[][]) {
    this.ctx.queue({
      kind: "write",
      bytes: jsonBytes(v),
      // As in Office.js, null leaves a cell as it was; "" clears it.
      run: () => (
        this.setCells(v, (s, r) =>
          v.forEach((row, i) => row.forEach((x, k) => x !== null && setArea(s, r.top + i, r.left + k, [[x as Cell]]))),
        ),
        0
      ),
    });
  }
  get numberFormat(): string[][] {
    return this.prop("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this.ctx.queue({
      kind: "write",
      bytes: jsonBytes(v),
      run: () => {
        this.setCells(v, (s, r) =>
          v.forEach((row, i) => row.forEach((f, k) => s.numberFormats.set(`${r.top + i},${r.left + k}`, f))),
        );
        return 0;
      },
    });
  }
  get rowIndex(): number {
    return this.prop("rowIndex");
  }
  get columnIndex(): number {
    return this.prop("columnIndex");
  }
  get rowCount(): number {
    return this.prop("rowCount");
  }
  get columnCount(): number {
    return this.prop("columnCount");
  }
  get address(): string {
    return this.prop("address");
  }

  private setCells(v: readonly unknown[][], apply: (s: FakeSheet, r: Rect) => void): void {
    const r = this.area();
    if (v.length !== r.rows || v.some((row) => row.length !== r.columns)) {
      throw new FakeOfficeError(
        "InvalidArgument",
        `The number of rows or columns in the input array doesn't match the size of the range (${r.rows}×${r.columns}).`,
      );
    }
    const s = this.sheet();
    guardWrite(s);
    if (s.merged.some((m) => overlaps(m, r)))
      throw new FakeOfficeError("MergedRangeConflict", "Cannot change part of a merged cell.");
    apply(s, r);
  }

  get conditionalFormats(): ReturnType<typeof conditionalFormatsFacet> {
    return conditionalFormatsFacet(this.ctx, this.sheet, () => this.area());
  }

  get dataValidation(): ReturnType<typeof dataValidationFacet> {
    refuse(this.ctx, "Range.dataValidation");
    return dataValidationFacet(this.ctx, this.sheet, () => this.area());
  }

  getMergedAreasOrNullObject(): RangeAreasProxy {
    refuse(this.ctx, "Range.getMergedAreasOrNullObject");
    return new RangeAreasProxy(this.ctx, this.sheet, () => this.sheet().merged.filter((m) => overlaps(m, this.area())));
  }

  select(): void {
    this.ctx.queue({
      kind: "other",
      bytes: 30,
      run: () => ((this.sheet().selection = [rectAddress(this.sheet(), this.area())]), 0),
    });
  }

  /** A test helper: the cell text as Excel holds it. */
  cell(row: number, column: number): unknown {
    return getCell(this.sheet(), row, column);
  }
}
