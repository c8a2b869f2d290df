// SPEC §6 (seed 001): a Microsoft row that needs nothing bought yields one NO_CHANGE line carrying the row's quantity;
// a row with an error yields no line. The whole sheet goes through the reader with Japanese headers.
import { describe, expect, test } from "vitest";
import { annotateValues } from "../../../src/core/annotate";
import type { Holding } from "../../../src/core/model";
import { msvlPack } from "../../../src/core/packs/msvl/pack";
import { CTX, classes, codes, evaluateRows } from "./sheet";

const holding = (product: string): Holding => ({ product, quantity: 1 });

describe("which rows the Microsoft VL pack claims", () => {
  test.each([
    ["Windows 11 Enterprise"],
    ["Microsoft Office LTSC Professional Plus 2024"],
    ["Windows Server 2022 Standard"],
    ["SQL Server 2019 Standard"],
  ])("%s is claimed", (product) => expect(msvlPack.claims(holding(product))).toBe(true));
  test.each([["ESMPRO/JMSS Ver7.2"], ["Enterprise Architect Corporate"], ["Microsoft 365 E3"], ["Adobe Acrobat Pro 2020"]])(
    "%s is not claimed",
    (product) => expect(msvlPack.claims(holding(product))).toBe(false),
  );
});

describe("one line per decided row (NO_CHANGE, or NORMAL for an uncovered wish), none for a row with an error", () => {
  test("a mixed Microsoft sheet", () => {
    const results = evaluateRows([
      { product: "Windows 11 Enterprise", quantity: "120台", base: "Windows 11 Pro" },
      { product: "Windows 11 Enterprise", quantity: 8, base: "なし" },
      { product: "Office LTSC Professional Plus 2024", quantity: 45, desired: "Office Professional Plus 2019" },
      { product: "Windows Server 2022 Datacenter", quantity: 4, desired: "Windows Server 2019 Standard" },
      { product: "Windows Server 2022 Standard", quantity: 0 },
    ]);
    expect(results.map((r) => [r.row, classes(r)])).toEqual([
      [3, [["NO_CHANGE", 120]]],
      [4, []],
      [5, [["NO_CHANGE", 45]]],
      [6, [["NORMAL", 4]]],
      [7, []],
    ]);
    expect(results.map((r) => r.findings.filter((f) => f.severity !== "info").map((f) => f.code))).toEqual([
      [],
      ["BASE_LICENSE_REQUIRED"],
      [],
      ["DOWNGRADE_OTHER_EDITION"],
      ["INVALID_QUANTITY"],
    ]);
  });

  test("English headers and full-width cells read the same", () => {
    const values = [
      ["Product name", "Qty", "Base license", "Imaging", "Desired version"],
      [
        "Ｗｉｎｄｏｗｓ １１ Ｅｎｔｅｒｐｒｉｓｅ",
        "１０",
        "Ｗｉｎｄｏｗｓ １０ Ｐｒｏ",
        "ｙｅｓ",
        "Ｗｉｎｄｏｗｓ １０ Ｅｎｔｅｒｐｒｉｓｅ",
      ],
    ];
    const [r] = annotateValues(values, CTX)?.results ?? [];
    expect(r && classes(r)).toEqual([["NO_CHANGE", 10]]);
    expect(r && codes(r)).toEqual([
      ["DOWNGRADE_ALLOWED", "info"],
      ["IMAGING_FORM_REQUIRED", "warning"],
      ["NO_PHYSICAL_MEDIA", "info"],
    ]);
    expect(r?.rules).toEqual(["M1", "M2", "M3", "M4"]);
  });

  test("without a quantity column each row counts 1", () => {
    const values = [
      ["製品名", "ベースライセンス"],
      ["Windows 11 Enterprise", "Windows 11 Pro"],
    ];
    const [r] = annotateValues(values, CTX)?.results ?? [];
    expect(r && classes(r)).toEqual([["NO_CHANGE", 1]]);
  });
});
