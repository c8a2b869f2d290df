// JMSS.TARGET / PRICECLASS / WARNINGS (SPEC §8) over seed 000's worked examples: one call over a range answers
// exactly what the CLI writes for the same rows, pools and CL/Win bundling included.
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { setDisplayLanguage } from "./office-shim";
import { priceClass, target, warnings } from "../../src/functions/functions";
import { COL, NOW, cliRows, col, expectSameAsCli, skuOrProduct } from "./cli-sheet";

beforeAll(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW);
  setDisplayLanguage("ja-JP");
});
afterAll(() => vi.useRealTimers());

const JMSS = "ESMPRO/JMSS Ver7.2";
const CLIENT = "JMSSクライアント";

describe("seed 000 §7 example 1: server 1, agents 3, clients 7, maintenance yes", () => {
  const product = col(JMSS, JMSS, CLIENT);
  const role = col("JMSSサーバ", "稼働マシン", "クライアント");
  const maintenance = col("あり", "あり", "あり");
  const quantity = col(1, 3, 7);
  // The same rows as a user's sheet with English headers, read by the CLI.
  const cli = cliRows([
    ["Product", "Role", "Maintenance", "Qty"],
    ...[0, 1, 2].map((i) => [product[i]?.[0], role[i]?.[0], maintenance[i]?.[0], quantity[i]?.[0]]),
  ]);

  test("TARGET spills MG, SV/AG and the CL/Win products, one cell per row", () => {
    const got = target(product, role, maintenance, undefined, undefined, quantity);
    expect(got[0]).toEqual(["UL1256-N00-I"]);
    expect(got[1]).toEqual(["UL1256-N01-I"]);
    expect(String(got[2]?.[0]).split("\n")).toEqual([
      "(JMSSからの移行用)WebSAM JobCenter CL/Win(5 Licenses) R16.2",
      "(JMSSからの移行用)WebSAM JobCenter CL/Win(1 License) R16.2",
    ]);
    expectSameAsCli(got, cli, skuOrProduct);
  });

  test("PRICECLASS: free version-up for MG and SV/AG, preferential for both CL/Win packs", () => {
    const got = priceClass(product, role, maintenance, undefined, undefined, undefined, undefined, quantity);
    expect(got).toEqual([["無償バージョンアップ"], ["無償バージョンアップ"], ["優待価格\n優待価格"]]);
    expectSameAsCli(got, cli, (c) => c[COL.priceClass]);
  });

  test("WARNINGS: the Warnings column's text, e.g. the bundled CL/Win note on the client row", () => {
    const got = warnings(product, role, maintenance, undefined, undefined, undefined, undefined, quantity);
    expect(String(got[2]?.[0])).toContain("CL/Win");
    expectSameAsCli(got, cli, (c) => c[COL.warnings]);
  });
});

test("seed 000 §7 example 2: the rows are one inventory, so SV/AG beyond the holding is NORMAL with POOL_EXCEEDED", () => {
  const product = col(JMSS, JMSS);
  const role = col("JMSSサーバ", "JMSSサーバ");
  const maintenance = col("あり", "あり");
  const tgt = col("MG", "SV/AG");
  const quantity = col(1, 3);
  const targetQuantity = col(1, 5);
  const cli = cliRows([
    ["製品名", "用途", "保守契約", "移行先", "数量", "移行数量"],
    [JMSS, "JMSSサーバ", "あり", "MG", 1, 1],
    [JMSS, "JMSSサーバ", "あり", "SV/AG", 3, 5],
  ]);
  const classes = priceClass(product, role, maintenance, undefined, undefined, tgt, undefined, quantity, targetQuantity);
  expect(classes).toEqual([["無償バージョンアップ"], ["無償バージョンアップ\n通常価格"]]);
  expectSameAsCli(classes, cli, (c) => c[COL.priceClass]);
  const notes = warnings(product, role, maintenance, tgt, undefined, undefined, undefined, quantity, targetQuantity);
  expect(String(notes[1]?.[0])).toContain("2本は通常価格");
  expectSameAsCli(notes, cli, (c) => c[COL.warnings]);
});

test("J3: a row borrows what another row of the same call leaves unused; alone it could not", () => {
  // Row 1 holds 2 server licences but migrates 1; row 2 wants 2 MG from its 1 licence and borrows the spare.
  const classes = (product: unknown[][], qty: unknown[][], tq: unknown[][]) =>
    priceClass(
      product,
      col(...product.map(() => "JMSSサーバ")),
      col(...product.map(() => "あり")),
      undefined,
      undefined,
      undefined,
      undefined,
      qty,
      tq,
    );
  const together = classes(col(JMSS, JMSS), col(2, 1), col(1, 2));
  expect(together[1]).toEqual(["無償バージョンアップ"]);
  const alone = classes(col(JMSS), col(1), col(2));
  expect(alone).toEqual([["無償バージョンアップ\n通常価格"]]);
});

test("messages that name rows name the user's rows (the first argument's address)", () => {
  const args = [
    col(JMSS, JMSS),
    col("JMSSサーバ", "JMSSサーバ"),
    col("あり", "あり"),
    undefined,
    undefined,
    undefined,
    undefined,
    col(2, 1),
    col(1, 2),
  ] as const;
  const onRow7 = { parameterAddresses: ["在庫!A7:A8"] } as CustomFunctions.Invocation;
  const got = warnings(...args, onRow7);
  expect(String(got[0]?.[0])).toContain("行8");
  expect(String(got[1]?.[0])).toContain("行7");
  // Without an address (an array constant), rows are numbered as under a header in row 1.
  expect(String(warnings(...args)[0]?.[0])).toContain("行3");
});

test("a single cell is a 1×1 range: the scalar form answers one cell", () => {
  expect(target([[JMSS]], [["稼働マシン"]], [["あり"]])).toEqual([["UL1256-N01-I"]]);
  expect(priceClass([[JMSS]], [["稼働マシン"]], [["なし"]])).toEqual([["優待価格"]]);
});

test("TARGET names the product where the line has no SKU (the preferential product)", () => {
  expect(target([[JMSS]], [["稼働マシン"]], [["なし"]])).toEqual([
    ["(JMSSからの移行用)WebSAM JobCenter SV/AG for Windows/Linux R16.2"],
  ]);
});
