// Writes assets/samples/inventory.xlsx: a realistic JMSS inventory (title row above the header) and the four
// worked examples of seed 000 §7, one sheet each (each is its own inventory with its own entitlement pool).
// Run: npx tsx scripts/samples/jmss.ts
import ExcelJS from "exceljs";

type Row = (string | number | null)[];

const HEADER = ["製品名", "型番", "用途", "数量", "保守契約", "移行先", "移行数量", "移行先ライセンス形態"];

const INVENTORY: Row[] = [
  ["ESMPRO/JMSS Ver7.2", "UL1044-D01", "JMSSサーバ", 1, "加入済み", null, null, null],
  ["WebSAM JMSS Ver8.1 (稼働マシン用)", "UL1044-D02", "稼働マシン", "５", "あり", null, null, null],
  ["WebSAM JMSS Ver8.1 (稼働マシン用)", "UL1044-D02", "稼働マシン", 2, "なし", null, null, null],
  ["JMSSクライアント", null, "クライアント", 12, null, null, null, null],
  ["ESMPRO/JMSS クラスタ連携オプション", "UL1044-C01", null, 1, "あり", null, null, null],
  ["ESMPRO/JMSS EnterpriseEdition Ver7.2", "UL1044-E01", "サーバ", 2, null, "SV/AG", null, null],
  ["WebSAM JMSS Ver8.1 (月額ライセンス)", null, "稼働マシン", 1, "なし", null, null, null],
  ["WebSAM JMSS Ver8.1 (稼働マシン用)", "UL1044-D02", "稼働マシン", "三", "あり", null, null, null],
];

const EXAMPLES: { name: string; rows: Row[] }[] = [
  {
    name: "例1 構成そのまま",
    rows: [
      ["WebSAM JMSS", null, "JMSSサーバ", 1, "あり", null, null, null],
      ["WebSAM JMSS", null, "稼働マシン", 3, "あり", null, null, null],
      ["JMSSクライアント", null, "クライアント", 7, "あり", null, null, null],
    ],
  },
  {
    name: "例2 構成変更",
    rows: [
      ["WebSAM JMSS", null, "JMSSサーバ", 1, "あり", "MG", 1, null],
      ["WebSAM JMSS", null, "JMSSサーバ", 3, "あり", "SV/AG", 5, null],
    ],
  },
  {
    name: "例3 クラスタ",
    rows: [
      ["WebSAM JMSS", null, "JMSSサーバ", 2, "あり", null, null, null],
      ["WebSAM JMSS", null, "稼働マシン", 2, "あり", null, null, null],
      ["JMSSクラスタ連携オプション", null, null, 2, "あり", null, null, null],
    ],
  },
  {
    name: "例4 プロセッサ",
    rows: [
      ["WebSAM JMSS", null, "JMSSサーバ", 1, "あり", null, null, null],
      ["WebSAM JMSS", null, "稼働マシン", 10, "あり", "SV/AG", 1, "プロセッサ"],
    ],
  },
];

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
}

export async function writeJmssSamples(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const inv = wb.addWorksheet("JMSS棚卸");
  inv.addRow(["JMSS ライセンス棚卸表(株式会社サンプル 情報システム部)"]).font = { bold: true, size: 14 };
  inv.addRow(["作成日", "2025/10/01"]);
  inv.addRow([]);
  styleHeader(inv.addRow([...HEADER, "ライセンス形態", "備考"]));
  const notes = ["本社ジョブ管理サーバ", "", "検証環境(保守未加入)", "運用端末", "", "DR サイト", "", "数量が漢数字(読めない例)"];
  INVENTORY.forEach((r, i) => inv.addRow([...r, i === 6 ? "月額" : null, notes[i] ?? null]));
  inv.columns.forEach((c, i) => (c.width = i === 0 ? 38 : 14));
  for (const ex of EXAMPLES) {
    const ws = wb.addWorksheet(ex.name);
    ws.addRow([`seed 000 §7 ${ex.name}`]).font = { bold: true };
    styleHeader(ws.addRow(HEADER));
    ex.rows.forEach((r) => ws.addRow(r));
    ws.columns.forEach((c, i) => (c.width = i === 0 ? 30 : 14));
  }
  await wb.xlsx.writeFile(file);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeJmssSamples("assets/samples/inventory.xlsx");
  console.log("wrote assets/samples/inventory.xlsx");
}
