// seed 003's worked examples, each through the reader and the evaluator exactly as a sheet would hold it.
import { expect, test } from "vitest";
import { SEED_003_EXAMPLES } from "./examples";
import { classes, codes, evaluateRow } from "./sheet";

test.each(SEED_003_EXAMPLES)("seed 003 $name", (ex) => {
  const r = evaluateRow(ex.row, ex.asOf);
  expect(classes(r)).toEqual(ex.priceClass === null ? [] : [ex.priceClass]);
  if (ex.quantity !== undefined) expect(r.lines[0]?.quantity).toBe(ex.quantity);
  expect(r.supportEnd).toBe(ex.supportEnd);
  expect(codes(r)).toEqual(ex.codes);
  expect(r.rules).toEqual(ex.rules);
});
