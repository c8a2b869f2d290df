// JMSS.SUPPORTEND and JMSS.RENEWALCLASS (SPEC §8) over seed 003's examples (E1, E2, E3): an Excel date and a
// localized price class, equal to what the CLI writes for the same Enterprise Architect rows.
import { afterAll, beforeAll, expect, test, vi } from "vitest";
import { isCellError, only, setDisplayLanguage } from "./office-shim";
import { isoToSerial } from "../../src/core/dates";
import type { IsoDate } from "../../src/core/model";
import { renewalClass, supportEnd } from "../../src/functions/functions";
import { COL, NOW, cliRows, col, expectSameAsCli } from "./cli-sheet";

beforeAll(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW);
  setDisplayLanguage("ja-JP");
});
afterAll(() => vi.useRealTimers());

const serial = (d: string): number => isoToSerial(d as IsoDate);

test("E1: renewed while support is valid → current end + 12 months, given as serial, ISO, slashes or 和暦", () => {
  for (const end of [serial("2021-03-31"), "2021-03-31", "2021/3/31", "令和3年3月31日", "R3.3.31"]) {
    expect(only(supportEnd([[end]], [["2021-03-15"]]))).toBe(serial("2022-03-31"));
  }
  expect(only(supportEnd([["2021-03-31"]], [["2021-03-15"]], undefined, [[2]]))).toBe(serial("2023-03-31"));
});

test("E2: after support ended, counted from the procedure month — or the issue month when registered late", () => {
  const got = supportEnd(col("2020-12-31", "2020-12-31"), col("2021-03-05", "2021-03-05"), col(null, "2021-01-05"));
  expect(got).toEqual([[serial("2022-02-28")], [serial("2021-12-31")]]);
  const cli = cliRows([
    ["Product", "Support end", "Procedure date", "Issue date"],
    ["Enterprise Architect", "2020-12-31", "2021-03-05", null],
    ["Enterprise Architect", "2020-12-31", "2021-03-05", "2021-01-05"],
  ]);
  expectSameAsCli(got, cli, (c) => c[COL.supportEnd]);
});

test("E3: three years or more since support ended → サポート再開(3年経過後), otherwise サポート更新", () => {
  const got = renewalClass(col("2018-01-31", "2020-06-30"), [["2021-03-05"]]);
  expect(got).toEqual([["サポート再開(3年経過後)"], ["サポート更新"]]);
  setDisplayLanguage("en-US");
  expect(only(renewalClass([["2018-01-31"]], [["2021-03-05"]]))).toBe("Support reinstatement (after 3 years)");
  setDisplayLanguage("ja-JP");
});

test("the procedure date defaults to today (Excel's clock), as the CLI's as-of date", () => {
  const ends = col("2022-06-30", "2025-03-31", "2025-12-31");
  const cli = cliRows([["製品名", "サポート期限"], ...ends.map((e) => ["Enterprise Architect", e[0]])]);
  expectSameAsCli(renewalClass(ends), cli, (c) => c[COL.priceClass]);
  expectSameAsCli(supportEnd(ends), cli, (c) => c[COL.supportEnd]);
});

test("a date that cannot be read is #VALUE! naming the column; a blank row stays blank", () => {
  const got = supportEnd(col("2021-02-30", null, "2021-03-31"), [["2021-03-15"]]);
  const bad = got[0]?.[0];
  expect(isCellError(bad) && bad.message).toMatch(/サポート期限.*2021-02-30/);
  expect(got[1]).toEqual([""]);
  expect(got[2]).toEqual([serial("2022-03-31")]);
});
