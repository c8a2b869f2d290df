// Writes assets/samples/microsoft-vl.xlsx: a Japanese Microsoft VL inventory with a row for each M rule (seed 001).
// Run: npx tsx scripts/samples/msvl.ts — prints what the rules decide for each row, so the sample can be checked.
import ExcelJS from "exceljs";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { annotateValues } from "../../src/core/annotate";
import type { IsoDate } from "../../src/core/model";

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), "../../assets/samples/microsoft-vl.xlsx");
const AS_OF = "2026-11-23" as IsoDate;

const TITLE = "Microsoft ボリュームライセンス 保有ライセンス一覧(2026年度 棚卸)";
const HEADER = ["No.", "部署", "製品名", "数量", "ベースライセンス", "イメージング", "使用バージョン", "備考"];

// [部署, 製品名, 数量, ベースライセンス, イメージング, 使用バージョン, 備考]
const ROWS: (string | number)[][] = [
  ["情報システム部", "Windows 11 Enterprise アップグレード", 120, "Windows 11 Pro", "あり", "", "新規PC導入(OEMでイメージ展開)"],
  ["設計部", "Windows 11 Enterprise", 35, "Windows 10 Pro", "なし", "Windows 10 Enterprise", "CADの動作保証が Windows 10 のみ"],
  ["営業部", "Windows 11 Enterprise", 8, "なし", "なし", "", "ベースライセンス未確認の持込PC"],
  ["研修センター", "Windows 11 Education", 40, "Windows 11 Home", "なし", "", "家庭向けPCを転用"],
  ["総務部", "Windows 11 Enterprise", 12, "あり", "なし", "", "COAのエディション未記入"],
  ["全社", "Office LTSC Professional Plus 2024", 150, "", "", "Office Professional Plus 2019", "マクロ互換のため2019を使用"],
  ["経理部", "Office LTSC Standard 2024", 20, "", "", "Office Professional Plus 2021", "Access が必要"],
  ["情報システム部", "Windows Server 2022 Datacenter", 4, "", "", "Windows Server 2019 Standard", "仮想基盤"],
  ["情報システム部", "Windows Server 2019 Standard", 6, "", "", "Windows Server 2022 Standard", "OS更新予定"],
  ["情報システム部", "SQL Server 2022 Standard (2コア)", 8, "", "", "", "基幹DB"],
  ["情報システム部", "Windows 10 Enterprise メディアキット (DVD)", 1, "", "", "", "インストール用メディア"],
  ["開発部", "Windows 11 Pro", 10, "Windows 11 Home", "○", "", "LSPにイメージング依頼予定"],
  ["全社", "Microsoft 365 E3", 300, "", "", "", "サブスクリプション(参考)"],
];

const values: (string | number)[][] = [[TITLE], ["作成日", "2026/11/23"], [], HEADER, ...ROWS.map((r, i) => [i + 1, ...r])];

async function write(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("ライセンス一覧");
  values.forEach((row) => ws.addRow(row));
  ws.getCell("A1").font = { bold: true, size: 14 };
  const header = ws.getRow(4);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    cell.border = { bottom: { style: "thin" } };
  });
  [6, 16, 42, 8, 20, 12, 32, 34].forEach((width, i) => (ws.getColumn(i + 1).width = width));
  ws.views = [{ state: "frozen", ySplit: 4 }];
  ws.autoFilter = { from: { row: 4, column: 1 }, to: { row: 4, column: HEADER.length } };
  mkdirSync(dirname(OUT), { recursive: true });
  await wb.xlsx.writeFile(OUT);
}

function report(): void {
  const annotated = annotateValues(values, { asOf: AS_OF, unified: false });
  if (!annotated) throw new Error("the sample's header row is not recognised");
  for (const r of annotated.results) {
    const lines = r.lines.map((l) => `${l.priceClass}×${l.quantity}`).join(" ") || "—";
    const findings = r.findings.map((f) => `${f.severity}:${f.code}`).join(" ");
    console.log(`row ${r.row}  ${lines.padEnd(16)} [${r.rules.join(",")}] ${findings}`);
  }
}

await write();
console.log(`wrote ${OUT}`);
report();
