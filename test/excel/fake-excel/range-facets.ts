// The facets of a fake Range that only record what the pane asked for: format, conditionalFormats, dataValidation.
import { refuse } from "./api-sets";
import type { FakeContext } from "./context";
import { FakeOfficeError, jsonBytes } from "./context";
import type { FakeConditionalFormat, FakeSheet, Rect } from "./workbook";
import { overlaps } from "./workbook";

export type SheetRef = () => FakeSheet;

export function guardWrite(sheet: FakeSheet): void {
  if (sheet.protected)
    throw new FakeOfficeError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
}

export /** A format facet (range.format, .font, .fill): every assignment is queued and recorded as "font.bold" etc. */
function formatFacet(ctx: FakeContext, sheet: SheetRef, area: () => Rect, prefix: string): Record<string, unknown> {
  const children: Record<string, unknown> = {};
  return new Proxy(children, {
    get(_, key: string) {
      if (key === "font" || key === "fill" || key === "borders" || key === "protection") {
        return (children[key] ??= formatFacet(ctx, sheet, area, `${prefix}${key}.`));
      }
      if (key === "autofitColumns" || key === "autofitRows") {
        return () =>
          ctx.queue({ kind: "other", bytes: 30, run: () => (sheet().formats.push({ area: area(), key, value: true }), 0) });
      }
      return undefined;
    },
    set(_, key: string, value: unknown) {
      ctx.queue({
        kind: "write",
        bytes: 40 + jsonBytes(value),
        run: () => {
          guardWrite(sheet());
          sheet().formats.push({ area: area(), key: `${prefix}${key}`, value });
          return 0;
        },
      });
      return true;
    },
  });
}

export function conditionalFormatsFacet(
  ctx: FakeContext,
  sheet: SheetRef,
  area: () => Rect,
): { add: (type: string) => FakeConditionalFormat; clearAll: () => void } {
  return {
    add: (type) => {
      const cf = {
        area: { top: 0, left: 0, rows: 0, columns: 0 },
        type,
        textComparison: { format: { fill: {}, font: {} } },
      } as FakeConditionalFormat;
      ctx.queue({
        kind: "write",
        bytes: 200,
        run: () => (guardWrite(sheet()), (cf.area = area()), sheet().conditionalFormats.push(cf), 0),
      });
      return cf;
    },
    clearAll: () =>
      ctx.queue({
        kind: "write",
        bytes: 40,
        run: () => ((sheet().conditionalFormats = sheet().conditionalFormats.filter((c) => !overlaps(c.area, area()))), 0),
      }),
  };
}

export function dataValidationFacet(ctx: FakeContext, sheet: SheetRef, area: () => Rect): { clear: () => void; rule: unknown } {
  return {
    clear: () => {
      refuse(ctx, "DataValidation.clear");
      ctx.queue({
        kind: "write",
        bytes: 40,
        run: () => ((sheet().validations = sheet().validations.filter((v) => !overlaps(v.area, area()))), 0),
      });
    },
    set rule(rule: unknown) {
      refuse(ctx, "DataValidation.rule");
      ctx.queue({ kind: "write", bytes: 40 + jsonBytes(rule), run: () => (sheet().validations.push({ area: area(), rule }), 0) });
    },
    get rule(): unknown {
      throw new FakeOfficeError("PropertyNotLoaded", "dataValidation.rule is write-only in the fake");
    },
  };
}
