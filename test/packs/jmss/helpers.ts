// Shared test helpers for the JMSS pack: holdings in, evaluated rows out (through the real evaluator).
import { evaluate } from "../../../src/core/evaluate";
import type { ReadRow } from "../../../src/core/inventory/read";
import type { Context, Finding, Holding, IsoDate, RowResult } from "../../../src/core/model";
import { jmssPack } from "../../../src/core/packs/jmss/pack";

export const ctx = (asOf = "2025-10-01"): Context => ({ asOf: asOf as IsoDate, unified: false });

export type HoldingInput = Partial<Holding> & { product?: string };

/** Rows holding these, on consecutive sheet rows from row 2 (the header is row 1); quantity 1 unless given. */
export function sheetRows(...inputs: HoldingInput[]): ReadRow[] {
  return inputs.map((input, i) => ({
    row: i + 2,
    holding: { product: "WebSAM JMSS", quantity: 1, ...input } as Holding,
    findings: [],
  }));
}

/** Evaluate rows with the JMSS pack only, through the real evaluator. */
export function run(inputs: HoldingInput[], asOf?: string): RowResult[] {
  return evaluate(sheetRows(...inputs), ctx(asOf), [jmssPack]);
}

export function at(results: readonly RowResult[], i: number): RowResult {
  const r = results[i];
  if (!r) throw new Error(`no result ${i}`);
  return r;
}

export const codes = (r: RowResult): string[] => r.findings.map((f) => f.code);
export const finding = (r: RowResult, code: Finding["code"]): Finding | undefined => r.findings.find((f) => f.code === code);
/** Lines as [product, quantity, priceClass] — compact for assertions. */
export const lines = (r: RowResult): [string, number, string][] => r.lines.map((l) => [l.product, l.quantity, l.priceClass]);

export const MG = "WebSAM JobCenter MG for Windows/Linux R16.2";
export const SV_AG = "WebSAM JobCenter SV/AG for Windows/Linux R16.2";
export const PREF_MG = `(JMSSからの移行用)${MG}`;
export const PREF_SV_AG = `(JMSSからの移行用)${SV_AG}`;
export const PREF_CL5 = "(JMSSからの移行用)WebSAM JobCenter CL/Win(5 Licenses) R16.2";
export const PREF_CL1 = "(JMSSからの移行用)WebSAM JobCenter CL/Win(1 License) R16.2";
