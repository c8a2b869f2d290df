// Whatever an inventory holds, the JMSS pack decides every claimed row: it never throws, and a row without an error
// always has a line; free + preferential MG/SV/AG never exceed the eligible base licences held (J3).
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { evaluate } from "../../../src/core/evaluate";
import type { ReadRow } from "../../../src/core/inventory/read";
import type { Holding, RowResult } from "../../../src/core/model";
import { jmssPack } from "../../../src/core/packs/jmss/pack";
import { ctx } from "./helpers";

const PRODUCTS = [
  "WebSAM JMSS",
  "ESMPRO/JMSS Ver7.2",
  "UL1044-D01 ESMPRO/JMSS EnterpriseEdition",
  "WebSAM JMSS (JMSSサーバ用)",
  "WebSAM JMSS (稼働マシン用)",
  "JMSSクライアント",
  "JMSSクラスタ連携オプション",
  "JMSS EventManager",
  "JMSS Lite",
];
const opt = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });

const holdingArb = fc.record({
  product: fc.constantFrom(...PRODUCTS),
  sku: opt(fc.constantFrom("UL1044-D01", "")),
  role: opt(fc.constantFrom("server", "agent", "client") as fc.Arbitrary<Holding["role"] & string>),
  quantity: fc.integer({ min: 1, max: 30 }),
  maintenance: opt(fc.boolean()),
  licenseType: opt(fc.constantFrom("install", "processor", "monthly") as fc.Arbitrary<"install" | "processor" | "monthly">),
  target: opt(fc.constantFrom("MG", "SV/AG", "CL/Win") as fc.Arbitrary<"MG" | "SV/AG" | "CL/Win">),
  targetLicense: opt(fc.constantFrom("install", "processor") as fc.Arbitrary<"install" | "processor">),
  targetQuantity: opt(fc.integer({ min: 0, max: 40 })),
  migrated: opt(fc.boolean()),
});

/** Rows from row 2 on; absent keys dropped (exactOptionalPropertyTypes: a Holding never has `key: undefined`). */
const toRows = (xs: readonly Record<string, unknown>[]): (ReadRow & { holding: Holding })[] =>
  xs.map((x, i) => ({
    row: i + 2,
    holding: Object.fromEntries(Object.entries(x).filter(([, v]) => v !== undefined)) as Holding,
    findings: [],
  }));

/** The JMSS pack alone, through the real evaluator. */
const decide = (rows: readonly ReadRow[], asOf?: string): RowResult[] => evaluate(rows, ctx(asOf), [jmssPack]);

const asOfArb = fc.constantFrom("2025-06-30", "2025-12-31", "2026-01-01", "2027-04-01");

describe("the JMSS pack on arbitrary inventories", () => {
  test("decides every row once, never throws, and gives every row without an error a positive line (or says where its licences went)", () => {
    fc.assert(
      fc.property(fc.array(holdingArb, { maxLength: 12 }), asOfArb, (raw, asOf) => {
        const hs = toRows(raw);
        expect(hs.every((r) => jmssPack.claims(r.holding))).toBe(true);
        const decisions = decide(hs, asOf);
        expect(decisions.map((d) => d.row)).toEqual(hs.map((r) => r.row));
        for (const d of decisions) {
          const failed = d.findings.some((f) => f.severity === "error");
          if (failed) expect(d.lines).toEqual([]);
          // J3: a row whose every licence migrates on other rows has no line of its own, and says where they went
          else if (d.lines.length === 0) expect(d.findings.map((f) => f.code)).toContain("POOL_LENT");
          for (const l of d.lines) expect(Number.isInteger(l.quantity) && l.quantity > 0).toBe(true);
          expect(d.findings.filter((f) => f.code === "JMSS_EOS")).toHaveLength(1);
        }
      }),
      { numRuns: 500 },
    );
  });

  test("free version-up and preferential MG/SV/AG never exceed the eligible base licences held", () => {
    fc.assert(
      fc.property(fc.array(holdingArb, { maxLength: 12 }), (raw) => {
        const hs = toRows(raw);
        const decisions = decide(hs);
        const server = /JobCenter (MG|SV\/AG) for/;
        const benefit = decisions
          .flatMap((d) => d.lines)
          .filter((l) => server.test(l.product) && (l.priceClass === "FREE_VERSION_UP" || l.priceClass === "PREFERENTIAL"))
          .reduce((n, l) => n + l.quantity, 0);
        // base rows (decided by J1) that were decided, and are eligible for the benefit
        const decidedBase = (r: ReadRow): boolean =>
          decisions.some((d) => d.row === r.row && d.rules.includes("J1") && d.findings.every((f) => f.severity !== "error"));
        const held = hs
          .filter(decidedBase)
          .map((r) => r.holding)
          .filter((h) => h.licenseType !== "monthly" && h.migrated !== true && h.targetLicense !== "processor")
          .reduce((n, h) => n + h.quantity, 0);
        expect(benefit).toBeLessThanOrEqual(held);
      }),
      { numRuns: 500 },
    );
  });

  test("a row is decided the same whatever order the rows are given in (J3 and J4 go by sheet row)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(holdingArb, fc.double({ noNaN: true })), { maxLength: 12 }), (raw) => {
        const hs = toRows(raw.map(([h]) => h));
        const shuffled = hs.map((r, i) => [r, raw[i]?.[1] ?? 0] as const).sort((a, b) => a[1] - b[1]);
        const byRow = (ds: readonly { row: number }[]) => [...ds].sort((a, b) => a.row - b.row);
        const inOrder = decide(hs);
        const outOfOrder = decide(shuffled.map(([r]) => r));
        expect(outOfOrder.map((d) => d.row)).toEqual(shuffled.map(([r]) => r.row));
        expect(byRow(outOfOrder)).toEqual(byRow(inOrder));
      }),
      { numRuns: 500 },
    );
  });
});
