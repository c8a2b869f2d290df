// Runs Microsoft VL rows through the whole pipeline (reader + evaluator) under a Japanese title and header row.
import { expect } from "vitest";
import { annotateValues } from "../../../src/core/annotate";
import type { Context, IsoDate, RowResult } from "../../../src/core/model";

export const CTX: Context = { asOf: "2026-11-23" as IsoDate, unified: false };

export const HEADER = ["製品名", "型番", "数量", "ベースライセンス", "イメージング", "使用バージョン"] as const;

/** One inventory row in HEADER order; omitted cells are blank. */
export interface MsRow {
  product: string;
  sku?: string;
  quantity?: number | string;
  base?: string;
  imaging?: string;
  desired?: string;
}

const cells = (r: MsRow): unknown[] => [r.product, r.sku ?? "", r.quantity ?? 1, r.base ?? "", r.imaging ?? "", r.desired ?? ""];

/** Evaluate rows below a title row and the Japanese header; one result per row, in order. */
export function evaluateRows(rows: readonly MsRow[], ctx: Context = CTX): RowResult[] {
  const values = [["Microsoft ボリュームライセンス 保有一覧"], [...HEADER], ...rows.map(cells)];
  const annotated = annotateValues(values, ctx);
  if (!annotated) throw new Error("header not recognised");
  expect(annotated.inventory.headerRow).toBe(2);
  return annotated.results;
}

export function evaluateRow(row: MsRow, ctx: Context = CTX): RowResult {
  const [result] = evaluateRows([row], ctx);
  if (!result) throw new Error("no result");
  return result;
}

/** Findings as [code, severity] pairs: tests speak in codes, never in words. */
export const codes = (r: RowResult): [string, string][] => r.findings.map((f) => [f.code, f.severity]);
export const classes = (r: RowResult): [string, number][] => r.lines.map((l) => [l.priceClass, l.quantity]);
