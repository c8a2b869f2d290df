// seed 000 §7 ライセンス移行例 (1)-(4) through the whole pipeline: sheet values → reader → evaluator → JMSS pack.
import { describe, expect, test } from "vitest";
import { annotateValues } from "../../../src/core/annotate";
import type { Finding, IsoDate } from "../../../src/core/model";
import { WORKED_EXAMPLES } from "../../../src/core/packs/jmss/examples";
import type { ExpectedFinding } from "../../../src/core/packs/jmss/examples";

const byCode = (a: ExpectedFinding, b: ExpectedFinding): number => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
const shape = (f: Finding): ExpectedFinding => ({
  severity: f.severity,
  code: f.code,
  ...(f.params ? { params: f.params } : {}),
});

describe("seed 000 §7 worked examples", () => {
  test.each(WORKED_EXAMPLES.map((e) => [e.name, e] as const))("%s", (_name, example) => {
    const annotated = annotateValues(example.values, { asOf: example.asOf as IsoDate, unified: false });
    expect(annotated).toBeDefined();
    const results = annotated?.results ?? [];
    expect(results.map((r) => r.row)).toEqual(example.expected.map((e) => e.row));
    for (const expected of example.expected) {
      const r = results.find((x) => x.row === expected.row);
      expect(r?.lines, `row ${expected.row} lines`).toEqual(expected.lines);
      expect(r?.findings.map(shape).sort(byCode), `row ${expected.row} findings`).toEqual([...expected.findings].sort(byCode));
      expect(r?.rules, `row ${expected.row} rules`).toEqual(expected.rules);
    }
  });
});
