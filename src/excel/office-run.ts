// Every Office.js batch of the pane goes through runExcel, so every Office failure reaches the pane as a HostError
// it can explain (issue 5 §3). Codes: Excel.ErrorCodes and the Office add-in resource limits (5 MB payloads on the web).
import { HostError } from "./workbook-host";
import type { HostErrorKind } from "./workbook-host";

const KIND_BY_CODE: Readonly<Record<string, HostErrorKind>> = {
  RequestPayloadSizeLimitExceeded: "payload",
  ResponsePayloadSizeLimitExceeded: "payload",
  RangeExceedsLimit: "payload",
  OperationCellsExceedLimit: "payload",
  AccessDenied: "protected",
  InvalidOperationInCellEditMode: "cellEdit",
  MergedRangeConflict: "merged",
  FilteredRangeConflict: "filtered",
};

/** An Office error (OfficeExtension.Error or anything with a code) as a HostError. */
export function toHostError(e: unknown): HostError {
  if (e instanceof HostError) return e;
  const code =
    typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string" ? (e as { code: string }).code : "";
  const message = e instanceof Error ? e.message : String(e);
  // Excel on the web has reported an oversized request by message only.
  const kind = KIND_BY_CODE[code] ?? (/payload size/i.test(message) ? "payload" : "office");
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

/** Whether the host implements an Excel API requirement set (e.g. 1.9 for suspendScreenUpdatingUntilNextSync). */
export function supports(version: string): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
}
