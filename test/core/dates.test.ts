// Excel serials (1900 system) and month arithmetic used by the renewal rules.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { addMonths, isoFromParts, isoToSerial, serialToIso } from "../../src/core/dates";
import type { IsoDate } from "../../src/core/model";

describe("Excel serials", () => {
  test.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [44286, "2021-03-31"],
    [45351, "2024-02-29"],
    [2958465, "9999-12-31"],
  ])("%i is %s and back", (serial, iso) => {
    expect(serialToIso(serial)).toBe(iso);
    expect(isoToSerial(iso as IsoDate)).toBe(serial);
  });
  test("Excel's phantom 1900-02-29 (60), zero and negatives are not dates", () => {
    expect([serialToIso(60), serialToIso(0), serialToIso(-1), serialToIso(Number.NaN)]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
  test("a time of day is dropped", () => expect(serialToIso(44286.75)).toBe("2021-03-31"));
  test("round trip for every day", () => {
    fc.assert(fc.property(fc.integer({ min: 61, max: 2958465 }), (n) => isoToSerial(serialToIso(n) as IsoDate) === n));
  });
});

describe("addMonths", () => {
  test.each([
    ["2021-03-31", 12, "2022-03-31"],
    ["2024-02-29", 12, "2025-02-28"],
    ["2021-01-31", 1, "2021-02-28"],
    ["2021-12-15", 1, "2022-01-15"],
  ])("%s + %i months = %s", (from, n, to) => expect(addMonths(from as IsoDate, n)).toBe(to));
  test("isoFromParts rejects non-dates", () => expect(isoFromParts(2021, 2, 29)).toBeUndefined());
});
