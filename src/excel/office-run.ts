// Every Office.js batch of the pane goes through runExcel, so every Office failure reaches the pane as a HostError
// it can explain (issue 5 §3). Codes: Excel.ErrorCodes and the Office add-in resource limits (5 MB payloads on the web).
import { HostError } from "./workbook-host";
import type { HostErrorKind } from "./workbook-host";

// A Map: an error code is the host's text, and "constructor" must not find Object.prototype's.
const KIND_BY_CODE: ReadonlyMap<string, HostErrorKind> = new Map([
  ["RequestPayloadSizeLimitExceeded", "payload"],
  ["ResponsePayloadSizeLimitExceeded", "payload"],
  ["RangeExceedsLimit", "payload"],
  ["OperationCellsExceedLimit", "payload"],
  ["AccessDenied", "protected"],
  ["InvalidOperationInCellEditMode", "cellEdit"],
  ["MergedRangeConflict", "merged"],
  ["FilteredRangeConflict", "filtered"],
  // An API the host's ExcelApi version lacks (the manifest asks for 1.7; newer members are used behind supports()).
  ["ApiNotFound", "unsupported"],
]);

/** An Office error (OfficeExtension.Error or anything with a code) as a HostError. */
export function toHostError(e: unknown): HostError {
  if (e instanceof HostError) return e;
  const code =
    typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string" ? (e as { code: string }).code : "";
  const message = e instanceof Error ? e.message : String(e);
  // Excel on the web has reported an oversized request by message only.
  const kind = KIND_BY_CODE.get(code) ?? (/payload size/i.test(message) ? "payload" : "office");
  return new HostError(kind, code, message);
}

/** Excel.run, with failures translated. */
export async function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (e) {
    throw toHostError(e);
  }
}

/**
 * Whether the host implements an Excel API requirement set (e.g. 1.9 for suspendScreenUpdatingUntilNextSync). Every
 * member above the manifest's ExcelApi 1.7 is used only where a check of its set has passed (test/excel/api-sets.test.ts).
 */
export function supports(version: string): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
}
