// Property tests (issue 2 §4): the reader and the evaluator never throw on arbitrary cells, and every data row
// ends with lines, an error finding, or NOT_COVERED (a row no pack claims).
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { annotateValues } from "../../src/core/annotate";
import { readInventory } from "../../src/core/inventory/read";
import type { IsoDate } from "../../src/core/model";
import { RowResult } from "../../src/core/model";
import { renderRow, toJsonRow } from "../../src/render";

const HEADER = [
  "製品名",
  "型番",
  "用途",
  "数量",
  "保守契約",
  "移行先",
  "移行数量",
  "移行先ライセンス形態",
  "移行済み",
  "ライセンス形態",
  "サポート期限",
  "手続き日",
  "発行日",
  "年数",
  "手続き",
  "名義",
  "購入方法",
  "お客様番号",
  "部署",
  "ベースライセンス",
  "イメージング",
  "使用バージョン",
];

const anyCell = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc.integer({ min: -10, max: 3_000_000 }),
  fc.double(),
  fc.boolean(),
  fc.date(),
  fc.constantFrom("#N/A", "#VALUE!", { error: "#REF!" }, { richText: [{ text: "JMSS" }] }, { formula: "A1", result: 3 }, {}),
);
const product = fc.constantFrom(
  "WebSAM JMSS",
  "ESMPRO/JMSS Ver7.2",
  "JMSSクライアント",
  "JMSS クラスタ連携オプション",
  "JMSS 謎の製品",
  "Enterprise Architect Professional",
  "Enterprise Architect フローティング",
  "Windows 11 Enterprise",
  "Windows 10 Pro",
  "Office LTSC Professional Plus 2024",
  "Windows Server 2022 Standard",
  "謎の製品",
  "",
);
const word = fc.constantFrom(
  "あり",
  "なし",
  "",
  "サーバ",
  "稼働マシン",
  "クライアント",
  "MG",
  "SV/AG",
  "CL/Win",
  "プロセッサ",
  "月額",
  "スタンダード",
  "フローティング",
  "アカデミック",
  "2021/3/31",
  "令和3年3月5日",
  "R3.1.5",
  "更新",
  "アップグレード",
  "個人",
  "パッケージ",
  "ダイレクト",
  "C-001",
  "開発部",
  "Windows 11 Pro",
  "なし",
  "Windows 10 Enterprise",
  "3",
  "１２",
);
const realisticRow = fc.tuple(product, ...HEADER.slice(1).map(() => fc.oneof(word, anyCell, fc.integer({ min: 0, max: 30 }))));

const asOf = "2025-10-01" as IsoDate;

describe("never throws", () => {
  test("the reader on arbitrary values", () => {
    fc.assert(
      fc.property(fc.array(fc.array(anyCell, { maxLength: 12 }), { maxLength: 25 }), (values) => {
        readInventory(values);
        readInventory([HEADER, ...values]);
      }),
      { numRuns: 300 },
    );
  });

  test("read → evaluate → render on arbitrary rows under a real header; every row ends decided", () => {
    fc.assert(
      fc.property(fc.array(realisticRow, { maxLength: 30 }), fc.boolean(), (rows, unified) => {
        const annotated = annotateValues([HEADER, ...rows], { asOf, unified });
        expect(annotated).toBeDefined();
        for (const r of annotated?.results ?? []) {
          RowResult.parse(r);
          const decided = r.lines.length > 0 || r.findings.some((f) => f.severity === "error" || f.code === "NOT_COVERED");
          expect(decided, JSON.stringify(r)).toBe(true);
          expect(renderRow(r, "ja")).toHaveLength(7);
          toJsonRow(r, "en");
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("rows decided alike share their rendered cells", () => {
  test("a shared render is exactly what rendering a private copy of the row gives, in both languages", () => {
    fc.assert(
      fc.property(fc.array(realisticRow, { maxLength: 30 }), (rows) => {
        // twice over, so the second sheet's rows are rendered from what the first sheet's left behind
        for (const sheet of [rows, [...rows].reverse()]) {
          for (const r of annotateValues([HEADER, ...sheet], { asOf, unified: false })?.results ?? []) {
            for (const lang of ["ja", "en"] as const) expect(renderRow(r, lang)).toEqual(renderRow(structuredClone(r), lang));
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
