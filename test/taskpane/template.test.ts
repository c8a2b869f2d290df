// The template sheet (issue 5) must be an inventory the reader takes as it is: every header recognised, every
// drop-down word readable, the example row decided without a reading error.
import { describe, expect, test } from "vitest";
import { annotateValues } from "../../src/core/annotate";
import type { IsoDate, Lang } from "../../src/core/model";
import { templateSheet } from "../../src/taskpane/template";

const CTX = { asOf: "2025-11-01" as IsoDate, unified: false };
const READ_ERRORS = ["INVALID_VALUE", "INVALID_QUANTITY", "INVALID_DATE", "CELL_ERROR", "MISSING_PRODUCT"];

describe.each<Lang>(["ja", "en"])("template (%s)", (lang) => {
  const t = templateSheet(lang, "棚卸");

  test("every header is recognised as its own column", () => {
    const inventory = annotateValues([[...t.headers], [...t.example]], CTX)?.inventory;
    expect(inventory?.headerRow).toBe(1);
    expect(Object.keys(inventory?.columns ?? {})).toHaveLength(t.headers.length);
  });

  test("the example row is decided (a JMSS server → JobCenter MG)", () => {
    const [row] = annotateValues([[...t.headers], [...t.example]], CTX)?.results ?? [];
    expect(row?.findings.filter((f) => READ_ERRORS.includes(f.code))).toEqual([]);
    expect(row?.lines.map((l) => l.sku)).toEqual(["UL1256-N00-I"]);
  });

  test.each(t.lists.map((l) => [t.headers[l.column], l] as const))("every word of the %s drop-down reads", (_, list) => {
    const rows = list.words.map((w) => t.example.map((v, i) => (i === list.column ? w : v)));
    const results = annotateValues([[...t.headers], ...rows], CTX)?.results ?? [];
    expect(results.flatMap((r) => r.findings).filter((f) => f.rule === undefined && READ_ERRORS.includes(f.code))).toEqual([]); // rule findings (J4: a client cannot go to MG) are not reading errors
  });
});
