// J4: CL/Win bought on the total, re-packed (cheaper mix only with a price book); FAQ 2: processor vs install.
import { describe, expect, test } from "vitest";
import { quote } from "../../src/core/quote";
import { book, CLWIN_1, CLWIN_5, FOR_MIGRATION, line, MG, PROCESSOR, row, SV_AG } from "./fixtures";

const clwin = (l: { product: string; priceClass: string; quantity: number; rows: number[] }) => [
  l.product,
  l.priceClass,
  l.quantity,
  l.rows,
];

describe("J4: CL/Win re-packed on the total", () => {
  // rows packed on their own: 3 → 1×3, 4 → 1×4, 6 → 5×1 + 1×1: 13 licences in all
  const results = [
    row(2, [line("", CLWIN_1, 3, "PREFERENTIAL", "jmss:CL/Win 1")]),
    row(3, [line("", CLWIN_1, 4, "PREFERENTIAL", "jmss:CL/Win 1")]),
    row(4, [line("", CLWIN_5, 1, "PREFERENTIAL", "jmss:CL/Win 5"), line("", CLWIN_1, 1, "PREFERENTIAL", "jmss:CL/Win 1")]),
  ];

  test("13 licences → 5-License × 2 + 1-License × 3, exactly, without a price book", () => {
    const q = quote(results);
    expect(q.lines.map(clwin)).toEqual([
      [CLWIN_5, "PREFERENTIAL", 2, [2, 3, 4]],
      [CLWIN_1, "PREFERENTIAL", 3, [2, 3, 4]],
    ]);
    expect(q.notes.map((n) => n.code)).not.toContain("CLWIN_CHEAPER_MIX");
  });

  test("prices where 5-License costs less than three singles → 5 × 3 (2 more licences), said as info", () => {
    const q = quote(results, book({ product: CLWIN_5, unitPrice: 50000 }, { product: CLWIN_1, unitPrice: 20000 }));
    expect(q.lines.map(clwin)).toEqual([[CLWIN_5, "PREFERENTIAL", 3, [2, 3, 4]]]);
    expect(q.total).toEqual({ amount: 150000, complete: true });
    expect(q.notes).toEqual([
      {
        code: "CLWIN_CHEAPER_MIX",
        severity: "info",
        params: { need: 13, five: 3, one: 0, bought: 15, extra: 2, amount: 150000, exactAmount: 160000 },
        rows: [2, 3, 4],
      },
    ]);
  });

  test("prices where the exact packing is cheapest keep it, and say nothing", () => {
    const q = quote(results, book({ product: CLWIN_5, unitPrice: 50000 }, { product: CLWIN_1, unitPrice: 12000 }));
    expect(q.lines.map((l) => l.quantity)).toEqual([2, 3]);
    expect(q.total.amount).toBe(2 * 50000 + 3 * 12000);
    expect(q.notes).toEqual([]);
  });

  test("each price class is packed on its own; the bundled CL/Win (NO_CHANGE) is listed, not re-packed", () => {
    const normal5 = "WebSAM JobCenter CL/Win(5 Licenses) R16.2";
    const normal1 = "WebSAM JobCenter CL/Win(1 License) R16.2";
    const q = quote([
      row(2, [line("", CLWIN_1, 4, "PREFERENTIAL", "jmss:CL/Win 1"), line("", normal1, 2, "NORMAL", "jmss:CL/Win 1")]),
      row(3, [line("", CLWIN_1, 2, "PREFERENTIAL", "jmss:CL/Win 1"), line("", normal1, 3, "NORMAL", "jmss:CL/Win 1")]),
      row(4, [line("", "WebSAM JobCenter CL/Win (JobCenter MG付属)", 1, "NO_CHANGE", "jmss:CL/Win bundled")]),
    ]);
    expect(q.lines.map((l) => [l.product, l.priceClass, l.quantity])).toEqual([
      [CLWIN_5, "PREFERENTIAL", 1],
      [CLWIN_1, "PREFERENTIAL", 1],
      [normal5, "NORMAL", 1],
      ["WebSAM JobCenter CL/Win (JobCenter MG付属)", "NO_CHANGE", 1],
    ]);
  });
});

describe("seed 000 FAQ 2: processor licence vs the install licences it replaces", () => {
  // §7 example 4: the agent row buys 1 processor licence and ends its 10 install licences
  const results = [
    row(2, [line("UL1256-N00-I", MG, 1, "FREE_VERSION_UP", "jmss:MG")]),
    row(3, [
      line("", PROCESSOR, 1, "NORMAL", "jmss:SV/AG processor"),
      line("UL1044-D01", "ESMPRO/JMSS Ver7.2", 10, "END_OF_USE", "jmss:JMSS"),
    ]),
  ];
  const prices = (processor: number, install: number) =>
    book(
      { product: "WebSAM JobCenter SV/AG for Windows/Linux R16.2 プロセッサライセンス", unitPrice: processor },
      { product: FOR_MIGRATION + SV_AG, priceClass: "PREFERENTIAL", unitPrice: install },
    );

  test("processor ¥600,000 < 10 × ¥80,000 preferential → PROCESSOR_CHEAPER with both amounts", () => {
    const q = quote(results, prices(600000, 80000));
    expect(q.lines.find((l) => l.product === PROCESSOR)).toMatchObject({ unitPrice: 600000, amount: 600000 });
    expect(q.notes).toEqual([
      {
        code: "PROCESSOR_CHEAPER",
        severity: "info",
        params: { processor: 600000, processorQuantity: 1, install: 800000, installQuantity: 10 },
        rows: [3],
        lines: [2],
      },
    ]);
  });

  test("processor ¥900,000 > 10 × ¥80,000 → INSTALL_CHEAPER", () => {
    expect(quote(results, prices(900000, 80000)).notes.map((n) => [n.code, n.params?.processor, n.params?.install])).toEqual([
      ["INSTALL_CHEAPER", 900000, 800000],
    ]);
  });

  test("a plan buying install licences is told when one processor licence would cost less", () => {
    const q = quote([row(3, [line("", FOR_MIGRATION + SV_AG, 20, "PREFERENTIAL", "jmss:SV/AG")])], prices(600000, 80000));
    expect(q.notes).toEqual([
      {
        code: "PROCESSOR_CHEAPER",
        severity: "info",
        params: { processor: 600000, processorQuantity: 1, install: 1600000, installQuantity: 20 },
        rows: [3],
        lines: [1],
      },
    ]);
    expect(
      quote([row(3, [line("", FOR_MIGRATION + SV_AG, 5, "PREFERENTIAL", "jmss:SV/AG")])], prices(600000, 80000)).notes,
    ).toEqual([]);
  });

  test("no processor price in the book → no comparison", () => {
    const q = quote(results, book({ product: FOR_MIGRATION + SV_AG, unitPrice: 80000 }));
    expect(q.notes.map((n) => n.code)).toEqual(["NO_PRICE"]);
  });
});

describe("the quote finds the J rules' lines by item id, never by product name", () => {
  test("lines named like CL/Win that no pack bought as CL/Win are summed as they are, not re-packed", () => {
    const q = quote([row(2, [line("", CLWIN_1, 3, "PREFERENTIAL")]), row(3, [line("", CLWIN_1, 4, "PREFERENTIAL")])]);
    expect(q.lines.map((l) => [l.product, l.quantity])).toEqual([[CLWIN_1, 7]]);
  });

  test("a line named like the processor licence is not priced as one unless the pack bought it as one", () => {
    const book_ = book({ product: "SV/AG プロセッサライセンス", unitPrice: 500000 });
    expect(quote([row(3, [line("", PROCESSOR, 1, "NORMAL")])], book_).lines[0]?.unitPrice).toBeNull();
    expect(quote([row(3, [line("", PROCESSOR, 1, "NORMAL", "jmss:SV/AG processor")])], book_).lines[0]?.unitPrice).toBe(500000);
  });
});
