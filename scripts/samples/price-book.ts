// Writes assets/samples/jmss-with-price-book.xlsx: seed 000 §7 example (1) as an inventory sheet, plus a 価格表
// sheet (SPEC §7) in the ways people write yen (¥120,000, 98000, 24,000円). The prices are made up for the sample,
// not NEC's. Run: npx tsx scripts/samples/price-book.ts [--markdown] — prints the quote (or its lines as Markdown).
import ExcelJS from "exceljs";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { annotateValues } from "../../src/core/annotate";
import type { IsoDate, Lang } from "../../src/core/model";
import type { Quote } from "../../src/core/quote";
import { quoteAnnotated, rowsText } from "../../src/core/quote";
import { readPriceBook } from "../../src/render";
import { priceClassLabel } from "../../src/i18n";
import { formatYen, quoteLabel, quoteNoteMessage } from "../../src/i18n/quote";

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), "../../assets/samples/jmss-with-price-book.xlsx");
const AS_OF = "2025-10-01" as IsoDate;

// seed 000 §7 (1): JMSSサーバ 1, 稼働マシン 3, JMSSクライアント 7, with PP・サポートサービス
const INVENTORY: (string | number)[][] = [
  ["WebSAM JMSS 保有ライセンス一覧"],
  [],
  ["製品名", "用途", "数量", "保守契約"],
  ["WebSAM JMSS", "JMSSサーバ", 1, "あり"],
  ["WebSAM JMSS", "稼働マシン", 3, "あり"],
  ["JMSSクライアント", "クライアント", 7, "あり"],
];

const PRICE_BOOK: (string | number)[][] = [
  ["JobCenter 価格表(サンプル価格: NECの価格ではありません)"],
  [],
  ["型番", "製品名", "価格区分", "単価"],
  ["UL1256-N00-I", "WebSAM JobCenter MG for Windows/Linux R16.2", "通常価格", "¥300,000"],
  ["UL1256-N01-I", "WebSAM JobCenter SV/AG for Windows/Linux R16.2", "通常価格", "¥120,000"],
  ["", "(JMSSからの移行用)WebSAM JobCenter MG for Windows/Linux R16.2", "優待価格", 150000],
  ["", "(JMSSからの移行用)WebSAM JobCenter SV/AG for Windows/Linux R16.2", "優待価格", 60000],
  ["", "(JMSSからの移行用)WebSAM JobCenter CL/Win(5 Licenses) R16.2", "優待価格", 98000],
  ["", "(JMSSからの移行用)WebSAM JobCenter CL/Win(1 License) R16.2", "優待価格", "24,000円"],
  ["", "WebSAM JobCenter SV/AG プロセッサライセンス", "通常価格", "￥900,000"],
];

async function write(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const sheets: [string, (string | number)[][], number[]][] = [
    ["在庫", INVENTORY, [28, 16, 8, 10]],
    ["価格表", PRICE_BOOK, [16, 64, 12, 14]],
  ];
  for (const [name, rows, widths] of sheets) {
    const ws = wb.addWorksheet(name);
    rows.forEach((r) => ws.addRow(r));
    ws.getCell("A1").font = { bold: true, size: 14 };
    ws.getRow(3).font = { bold: true };
    widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  }
  mkdirSync(dirname(OUT), { recursive: true });
  await wb.xlsx.writeFile(OUT);
}

export function sampleQuote(): Quote {
  const annotated = annotateValues(INVENTORY, { asOf: AS_OF, unified: false });
  if (!annotated) throw new Error("the sample's header row is not recognised");
  return quoteAnnotated(annotated, readPriceBook(PRICE_BOOK, { sheet: "価格表" }), { asOf: AS_OF, sheet: "在庫" });
}

/** The quote's lines, subtotals and total as a Markdown table (for the README). */
function markdown(q: Quote, lang: Lang): string {
  const L = (k: Parameters<typeof quoteLabel>[0], params: Record<string, string> = {}) => quoteLabel(k, lang, params);
  const yen = (n: number | null) => (n === null ? "" : formatYen(n));
  const rows = [
    [L("no"), L("sku"), L("product"), L("priceClass"), L("quantity"), L("unitPrice"), L("amount"), L("rows")],
    ...q.lines.map((l) => [
      String(l.no),
      l.sku,
      l.product,
      priceClassLabel(l.priceClass, lang),
      String(l.quantity),
      yen(l.unitPrice),
      yen(l.amount),
      rowsText(l.rows),
    ]),
    ...q.subtotals.map((s) => [
      "",
      "",
      L("subtotal", { class: priceClassLabel(s.priceClass, lang) }),
      "",
      String(s.quantity),
      "",
      yen(s.amount),
      "",
    ]),
    ["", "", `**${q.total.complete ? L("total") : L("totalIncomplete")}**`, "", "", "", `**${yen(q.total.amount)}**`, ""],
  ];
  const table = rows.map((r) => `| ${r.join(" | ")} |`);
  table.splice(1, 0, `|${rows[0]?.map((_, i) => ([4, 5, 6].includes(i) ? " ---: " : " --- ")).join("|")}|`);
  return table.join("\n");
}

if (process.argv.includes("--markdown")) {
  for (const lang of ["ja", "en"] as const) console.log(`${markdown(sampleQuote(), lang)}\n`);
} else {
  await write();
  console.log(`wrote ${OUT}`);
  const q = sampleQuote();
  for (const l of q.lines) console.log(`${l.no}. ${l.sku || l.product} ${l.priceClass} ×${l.quantity} ${l.amount ?? "no price"}`);
  console.log(`total ${q.total.amount} (${q.total.complete ? "complete" : "incomplete"})`);
  for (const n of q.notes) console.log(`${n.severity}: ${quoteNoteMessage(n, "ja")}`);
}
