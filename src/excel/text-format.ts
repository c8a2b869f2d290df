// Excel reads strings written through range.values as if typed: "4-5" becomes a date, "00123" a number.
// Cells we mean as text get the text format "@" in the same request, set before their values.
import type { Cell } from "./workbook-host";

export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";

/** A number-format matrix for `values`: text for non-empty strings, `fixed(row, column)` where it says, else General. */
export function cellFormats(
  values: readonly (readonly Cell[])[],
  fixed: (row: number, column: number) => string | undefined = () => undefined,
): string[][] {
  return values.map((row, r) =>
    row.map((v, c) => fixed(r, c) ?? (typeof v === "string" && v !== "" ? TEXT_FORMAT : GENERAL_FORMAT)),
  );
}
