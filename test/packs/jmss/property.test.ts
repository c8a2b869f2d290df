// Whatever an inventory holds, the JMSS pack decides every claimed row: it never throws, and a row without an error
// always has a line; free + preferential MG/SV/AG never exceed the eligible base licences held (J3).
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { Holding } from "../../../src/core/model";
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

/** Drop absent keys (exactOptionalPropertyTypes: a Holding never has `key: undefined`). */
const toHoldings = (xs: readonly Record<string, unknown>[]): Holding[] =>
  xs.map((x, i) => Object.fromEntries([...Object.entries(x).filter(([, v]) => v !== undefined), ["row", i + 2]]) as Holding);

const asOfArb = fc.constantFrom("2025-06-30", "2025-12-31", "2026-01-01", "2027-04-01");

describe("the JMSS pack on arbitrary inventories", () => {
  test("decides every row once, never throws, and gives every row without an error a positive line", () => {
    fc.assert(
      fc.property(fc.array(holdingArb, { maxLength: 12 }), asOfArb, (raw, asOf) => {
        const hs = toHoldings(raw);
        expect(hs.every((h) => jmssPack.claims(h))).toBe(true);
        const decisions = jmssPack.decide(hs, ctx(asOf));
        expect(decisions.map((d) => d.row)).toEqual(hs.map((h) => h.row));
        for (const d of decisions) {
          const failed = d.findings.some((f) => f.severity === "error");
          if (failed) expect(d.lines).toEqual([]);
          else expect(d.lines.length).toBeGreaterThan(0);
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
        const hs = toHoldings(raw);
        const decisions = jmssPack.decide(hs, ctx());
        const server = /JobCenter (MG|SV\/AG) for/;
        const benefit = decisions
          .flatMap((d) => d.lines)
          .filter((l) => server.test(l.product) && (l.priceClass === "FREE_VERSION_UP" || l.priceClass === "PREFERENTIAL"))
          .reduce((n, l) => n + l.quantity, 0);
        // base rows (decided by J1) that were decided, and are eligible for the benefit
        const decidedBase = (h: Holding): boolean =>
          decisions.some((d) => d.row === h.row && d.rules.includes("J1") && d.findings.every((f) => f.severity !== "error"));
        const held = hs
          .filter(decidedBase)
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
        const hs = toHoldings(raw.map(([h]) => h));
        const shuffled = hs.map((h, i) => [h, raw[i]?.[1] ?? 0] as const).sort((a, b) => a[1] - b[1]);
        const byRow = (ds: readonly { row: number }[]) => [...ds].sort((a, b) => a.row - b.row);
        const inOrder = jmssPack.decide(hs, ctx());
        const outOfOrder = jmssPack.decide(
          shuffled.map(([h]) => h),
          ctx(),
        );
        expect(outOfOrder.map((d) => d.row)).toEqual(shuffled.map(([h]) => h.row));
        expect(byRow(outOfOrder)).toEqual(byRow(inOrder));
      }),
      { numRuns: 500 },
    );
  });
});
