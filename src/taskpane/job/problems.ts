// What can stop a run, as codes (the words and what to do are in words.ts). Issue 5 §3: each one a person can act on.
import type { HostErrorKind } from "../../excel/workbook-host";
import { HostError } from "../../excel/workbook-host";

export const PROBLEM_CODES = [
  "EMPTY_SHEET",
  "NOT_INVENTORY",
  "NO_HEADER",
  "NO_PRODUCT_COLUMN",
  "NO_DATA",
  "PROTECTED",
  "FILTERED",
  "MERGED_INPUT",
  "MERGED_TARGET",
  "PAYLOAD",
  "CELL_EDIT",
  "UNSUPPORTED",
  "OFFICE",
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface Problem {
  readonly code: ProblemCode;
  /** An address, a row or Office's own message: shown as is. */
  readonly detail?: string;
}

const CODE_BY_KIND: Readonly<Record<HostErrorKind, ProblemCode>> = {
  protected: "PROTECTED",
  cellEdit: "CELL_EDIT",
  merged: "MERGED_TARGET",
  filtered: "FILTERED",
  payload: "PAYLOAD",
  unsupported: "UNSUPPORTED",
  office: "OFFICE",
};

/** A failed host call as a problem. Anything else is a bug, shown with its message rather than swallowed. */
export function problemFromError(e: unknown, detail?: string): Problem {
  if (!(e instanceof HostError)) return { code: "OFFICE", detail: e instanceof Error ? e.message : String(e) };
  const code = CODE_BY_KIND[e.kind];
  // Office's own words say what failed (for UNSUPPORTED: which API it lacks).
  const text = code === "OFFICE" || code === "UNSUPPORTED" ? `${e.code ? `${e.code}: ` : ""}${e.message}` : detail;
  return text === undefined ? { code } : { code, detail: text };
}
