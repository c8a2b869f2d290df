// The fake Excel as an older Excel: every member above ExcelApi 1.7 (the manifest's minimum) that the fake implements
// is refused below its set the way Excel refuses an API it lacks — the request fails at sync with ApiNotFound.
// test/excel/api-sets.test.ts checks that this table names every such member src/ uses, with the same set.
import type { FakeContext } from "./context";
import { FakeOfficeError } from "./context";

/** Member → the ExcelApi set it arrived in (the `[Api set]` tags of @types/office-js). */
export const FAKE_API_SETS = {
  "Application.suspendScreenUpdatingUntilNextSync": "1.9",
  "AutoFilter.isDataFiltered": "1.9",
  "DataValidation.clear": "1.8",
  "DataValidation.rule": "1.8",
  "PageLayout.orientation": "1.9",
  "PageLayout.paperSize": "1.9",
  "PageLayout.zoom": "1.9",
  "Range.dataValidation": "1.8",
  "Range.getMergedAreasOrNullObject": "1.13",
  "RangeAreas.address": "1.9",
  "RangeAreas.select": "1.18",
  "Table.autoFilter": "1.9",
  "Worksheet.autoFilter": "1.9",
  "Worksheet.getRanges": "1.9",
  "Worksheet.pageLayout": "1.9",
} as const;
export type GatedMember = keyof typeof FAKE_API_SETS;

/** What the fake claims when a test does not say: a current Excel. */
export const DEFAULT_API_VERSION = "1.20";

export const versionAtLeast = (have: string, want: string): boolean => {
  const [a1 = 0, a2 = 0] = have.split(".").map(Number);
  const [b1 = 0, b2 = 0] = want.split(".").map(Number);
  return a1 > b1 || (a1 === b1 && a2 >= b2);
};

/** Below the member's set, the request this use is part of fails with ApiNotFound, as in Excel. */
export function refuse(ctx: FakeContext, member: GatedMember): void {
  const need = FAKE_API_SETS[member];
  if (versionAtLeast(ctx.options.apiVersion ?? DEFAULT_API_VERSION, need)) return;
  ctx.queue({
    kind: "other",
    bytes: 0,
    run: () => {
      throw new FakeOfficeError(
        "ApiNotFound",
        `The API you are trying to use could not be found. It may be available in a newer version of Excel. (${member}, ExcelApi ${need})`,
      );
    },
  });
}
