// Where the first argument's range starts on the sheet, from CustomFunctions.Invocation.parameterAddresses
// (@requiresParameterAddresses), so that messages naming rows ("行3の移行に充当") name the user's own rows.

/** The sheet row number of the first cell of an address such as `Sheet1!A2:A50`, `'在庫 一覧'!$B$7` or `A:A` (row 1). */
export function firstRowOf(address: string | undefined): number | undefined {
  if (!address) return undefined;
  const cells = address.slice(address.lastIndexOf("!") + 1);
  if (/^\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}$/.test(cells)) return 1; // whole columns
  const m = /^\$?[A-Za-z]{1,3}\$?(\d{1,7})(?::|$)/.exec(cells);
  const row = m ? Number(m[1]) : NaN;
  return Number.isSafeInteger(row) && row >= 1 ? row : undefined;
}

/** The first argument's first row, when Excel told us (undefined for array constants or older hosts). */
export function firstArgumentRow(invocation: CustomFunctions.Invocation | undefined): number | undefined {
  try {
    return firstRowOf(invocation?.parameterAddresses?.[0]);
  } catch {
    return undefined;
  }
}
