// Where a range starts, from the addresses Excel gives with @requiresParameterAddresses: messages that name rows
// must name the user's rows.
import { expect, test } from "vitest";
import { firstRowOf } from "../../src/functions/address";

test.each([
  ["Sheet1!A2:A50", 2],
  ["'在庫 一覧'!$B$7:$B$9", 7],
  ["[Book1.xlsx]Sheet1!C1048576", 1048576],
  ["'a!b'!D12", 12],
  ["Sheet1!A:A", 1],
  ["A5", 5],
])("%s starts on row %s", (address, row) => {
  expect(firstRowOf(address)).toBe(row);
});

test.each([undefined, "", "#REF!", "Sheet1!1:3", "Sheet1!A0"])(
  "%s gives no row (numbering falls back to a header in row 1)",
  (address) => {
    expect(firstRowOf(address)).toBeUndefined();
  },
);
