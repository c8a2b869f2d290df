// seed 000 §7 ライセンス移行例 (1)-(4): the quote of each inventory, read and decided by annotateValues, buys exactly
// what the seed's figures show. The inventories are written here as a person would type them.
import { describe, expect, test } from "vitest";
import { annotateValues } from "../../src/core/annotate";
import type { IsoDate } from "../../src/core/model";
import { Quote, quoteAnnotated } from "../../src/core/quote";
import { CLWIN_1, CLWIN_5, FOR_MIGRATION, MG, purchases, PROCESSOR, SV_AG } from "./fixtures";

const ctx = { asOf: "2025-10-01" as IsoDate, unified: false };

function quoteOf(values: unknown[][]) {
  const annotated = annotateValues(values, ctx);
  if (!annotated) throw new Error("no header recognised");
  return Quote.parse(quoteAnnotated(annotated));
}

describe("seed 000 §7 examples → purchase lists", () => {
  test("(1) JMSSサーバ 1, 稼働マシン 3, clients 7, maintenance → MG 1, SV/AG 3 free; CL/Win(5) 1 + CL/Win(1) 1", () => {
    const q = quoteOf([
      ["製品名", "用途", "数量", "保守契約"],
      ["WebSAM JMSS", "JMSSサーバ", 1, "あり"],
      ["WebSAM JMSS", "稼働マシン", 3, "あり"],
      ["JMSSクライアント", "クライアント", 7, "あり"],
    ]);
    expect(purchases(q.lines)).toEqual([
      ["UL1256-N00-I", "FREE_VERSION_UP", 1],
      ["UL1256-N01-I", "FREE_VERSION_UP", 3],
      [CLWIN_5, "PREFERENTIAL", 1],
      [CLWIN_1, "PREFERENTIAL", 1],
    ]);
    // J13: one application per target SKU, MG and SV/AG apart
    expect(q.applications.map((a) => [a.sku, a.quantity, a.text])).toEqual([
      ["UL1256-N00-I", 1, `JMSSの販売終了に伴うJobCenterへのライセンス移行の申請\nUL1256-N00-I ${MG} の提供希望`],
      ["UL1256-N01-I", 3, `JMSSの販売終了に伴うJobCenterへのライセンス移行の申請\nUL1256-N01-I ${SV_AG} の提供希望`],
    ]);
    // every warning once, with its rows
    const eos = q.warnings.filter((w) => w.code === "JMSS_EOS");
    expect(eos).toEqual([{ code: "JMSS_EOS", severity: "info", rule: "J14", rows: [2, 3, 4] }]);
  });

  test("(2) 4 JMSSサーバ → MG 1 + SV/AG 5: SV/AG 3 free, SV/AG 2 normal (POOL_EXCEEDED)", () => {
    const q = quoteOf([
      ["製品名", "用途", "数量", "保守契約", "移行先", "移行数量"],
      ["WebSAM JMSS", "JMSSサーバ", 1, "あり", "", ""],
      ["WebSAM JMSS", "JMSSサーバ", 3, "あり", "SV/AG", 5],
    ]);
    expect(purchases(q.lines)).toEqual([
      ["UL1256-N00-I", "FREE_VERSION_UP", 1],
      ["UL1256-N01-I", "FREE_VERSION_UP", 3],
      ["UL1256-N01-I", "NORMAL", 2],
    ]);
    expect(q.warnings.find((w) => w.code === "POOL_EXCEEDED")?.rows).toEqual([3]);
    expect(q.applications.map((a) => [a.sku, a.quantity])).toEqual([
      ["UL1256-N00-I", 1],
      ["UL1256-N01-I", 3],
    ]);
  });

  test("(3) clusters: MG 2, SV/AG 2 preferential; the クラスタ連携オプション listed as END_OF_USE, not bought", () => {
    const q = quoteOf([
      ["製品名", "数量", "保守契約"],
      ["WebSAM JMSS (JMSSサーバ用)", 2, "なし"],
      ["WebSAM JMSS (稼働マシン用)", 2, "なし"],
      ["JMSSクラスタ連携オプション", 2, "なし"],
    ]);
    expect(purchases(q.lines)).toEqual([
      [FOR_MIGRATION + MG, "PREFERENTIAL", 2],
      [FOR_MIGRATION + SV_AG, "PREFERENTIAL", 2],
    ]);
    const option = q.lines.find((l) => l.priceClass === "END_OF_USE");
    expect(option).toMatchObject({
      product: "JMSSクラスタ連携オプション",
      quantity: 2,
      purchase: false,
      amount: null,
      rows: [4],
    });
    expect(q.applications).toEqual([]);
  });

  test("(4) virtualization: MG 1 free, SV/AG processor 1 normal, the 10 agent licences END_OF_USE", () => {
    const q = quoteOf([
      ["型番", "製品名", "用途", "数量", "保守契約", "移行先ライセンス形態", "移行数量"],
      ["UL1044-D01", "ESMPRO/JMSS Ver7.2", "JMSSサーバ", 1, "あり", "", ""],
      ["UL1044-D01", "ESMPRO/JMSS Ver7.2", "稼働マシン", 10, "あり", "プロセッサ", 1],
    ]);
    expect(purchases(q.lines)).toEqual([
      ["UL1256-N00-I", "FREE_VERSION_UP", 1],
      [PROCESSOR, "NORMAL", 1],
    ]);
    expect(q.lines.filter((l) => !l.purchase).map((l) => [l.sku, l.priceClass, l.quantity])).toEqual([
      ["UL1044-D01", "END_OF_USE", 10],
    ]);
    expect(q.warnings.find((w) => w.code === "PROCESSOR_NOT_ELIGIBLE")?.rows).toEqual([3]);
  });
});
