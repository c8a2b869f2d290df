// What can stop a run, as codes (the words and what to do are in words.ts). Issue 5 §3: each one a person can act on.
import { HostError } from "../../excel/workbook-host";

export const PROBLEM_CODES = [
  "EMPTY_SHEET",
  "NO_HEADER",
  "NO_PRODUCT_COLUMN",
  "NO_DATA",
  "PROTECTED",
  "FILTERED",
  "MERGED_INPUT",
  "MERGED_TARGET",
  "PAYLOAD",
  "CELL_EDIT",
  "OFFICE",
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface Problem {
  readonly code: ProblemCode;
  /** An address, a row or Office's own message: shown as is. */
  readonly detail?: string;
}

/** A failed host call as a problem. Anything else is a bug, shown with its message rather than swallowed. */
export function problemFromError(e: unknown, detail?: string): Problem {
  if (!(e instanceof HostError)) return { code: "OFFICE", detail: e instanceof Error ? e.message : String(e) };
  const code: ProblemCode =
    e.kind === "protected"
      ? "PROTECTED"
      : e.kind === "cellEdit"
        ? "CELL_EDIT"
        : e.kind === "merged"
          ? "MERGED_TARGET"
          : e.kind === "filtered"
            ? "FILTERED"
            : e.kind === "payload"
              ? "PAYLOAD"
              : "OFFICE";
  const text = code === "OFFICE" ? `${e.code ? `${e.code}: ` : ""}${e.message}` : detail;
  return text === undefined ? { code } : { code, detail: text };
}
