// @vitest-environment jsdom
// Issue 12: manifest.xml asks Excel for ExcelApi 1.7, so every member of a newer set that src/ uses must sit behind a
// runtime check of its set (what "guarded" means: test/excel/api-sets/usage.ts), and the fake Excel must refuse each
// one below its set, so the tests can run every path as an Excel with 1.7 only.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { FAKE_API_SETS } from "./fake-excel/api-sets";
import type { ApiUse } from "./api-sets/usage";
import { compareSets, excelApiUses, ROOT, setFromTag, sourceFiles } from "./api-sets/usage";
import { Manifest, manifestText } from "../manifest/manifest-xml";

const m = new Manifest(manifestText());
const minimum =
  m
    .all("Set")
    .find((s) => s.getAttribute("Name") === "ExcelApi")
    ?.getAttribute("MinVersion") ?? "(none)";
const uses = excelApiUses(sourceFiles());
const above = uses.filter((u) => compareSets(u.set, minimum) > 0);
const where = (u: ApiUse): string => `${u.member} (ExcelApi ${u.set}) at ${u.file}:${u.line}`;

test("the manifest asks for ExcelApi 1.7", () => {
  expect(minimum).toBe("1.7");
});

test("the check sees the add-in's Excel calls (it is not looking at nothing)", () => {
  const members = new Set(uses.map((u) => u.member));
  for (const m of ["Worksheet.getRangeByIndexes", "Range.values", "WorksheetCollection.onActivated", "Worksheet.getRanges"])
    expect(members, m).toContain(m);
  expect(above.length).toBeGreaterThanOrEqual(10);
});

test("every member above the manifest's minimum is used only behind a check of its set", () => {
  const unguarded = above.filter((u) => u.guard === undefined || compareSets(u.guard, u.set) < 0).map(where);
  expect(unguarded).toEqual([]);
});

test("the fake Excel refuses every such member below its set, so the tests can run each path at 1.7", () => {
  const used = Object.fromEntries(above.map((u) => [u.member, u.set]));
  expect(used).toEqual(FAKE_API_SETS);
});

describe("the check itself", () => {
  const fixture = path.join(ROOT, "test/excel/api-sets/fixture.ts");
  const found = excelApiUses([fixture]).map((u) => ({ member: u.member, set: u.set, guard: u.guard, line: u.line }));
  const source = readFileSync(fixture, "utf8").split("\n");
  /** The uses found inside one function of the fixture (lines from its header to its closing brace). */
  const inFunction = (name: string): typeof found => {
    const start = source.findIndex((l) => l.includes(`function ${name}(`)) + 1;
    const end = source.findIndex((l, i) => i >= start && l.startsWith("}")) + 1;
    return found.filter((f) => f.line > start && f.line <= end);
  };

  test.each([
    ["unguarded", [undefined, undefined]],
    ["guardedByIf", ["1.18", "1.18"]],
    ["guardTooLow", ["1.9", "1.9"]],
    ["guardedByEarlyExit", ["1.13", "1.13"]],
    ["elseBranchIsNotGuarded", [undefined, undefined]],
  ] as const)("%s", (name, guards) => {
    expect(inFunction(name).map((f) => f.guard)).toEqual(guards);
  });

  test("a const bound to the check guards what follows it", () => {
    expect(inFunction("guardedByConst").map((f) => [f.member, f.guard])).toEqual([
      ["Worksheet.autoFilter", "1.9"],
      ["AutoFilter.isDataFiltered", "1.9"],
    ]);
  });

  test("members named in a load() string count", () => {
    expect(inFunction("loadedByString").map((f) => [f.member, f.set, f.guard])).toEqual([
      ["Worksheet.autoFilter", "1.9", undefined],
      ["AutoFilter.isDataFiltered", "1.9", undefined],
    ]);
  });

  test("tags that name a set per use: a write needs the 'for set' one", () => {
    expect(setFromTag("1.9", false)).toBe("1.9");
    expect(setFromTag("1.1 for get, 1.8 for set", false)).toBe("1.1");
    expect(setFromTag("1.1 for get, 1.8 for set", true)).toBe("1.8");
    expect(compareSets("1.10", "1.9")).toBeGreaterThan(0);
  });
});
