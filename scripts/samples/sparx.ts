// Writes assets/samples/enterprise-architect.xlsx: a realistic Enterprise Architect inventory (title rows above the
// header) covering seeds 003/004 — renewals, an expired and a 3+ years licence, an upgrade, an individual buying
// by package, two customer numbers in one department, lending and viewing-only use.
// Run: npx tsx scripts/samples/sparx.ts   (written for an as-of date around its 作成日, 2026/11/20)
import ExcelJS from "exceljs";

type Cell = string | number | Date | null;

const HEADER = [
  "製品名",
  "型番",
  "ライセンス形態",
  "数量(本)",
  "更新ライセンス数",
  "お客様番号",
  "部署",
  "名義",
  "購入方法",
  "サポート期限",
  "注文日",
  "発行日",
  "手続き日",
  "年数",
  "手続き",
  "使用形態",
  "購入組織のプロジェクト専従",
  "購入組織の指揮下",
  "購入組織のマシン",
  "使用者",
  "購入者",
  "備考",
];

/** Dates as exceljs hands them over (UTC midnight), so the sheet holds real Excel dates. */
const day = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

// prettier-ignore
const ROWS: Cell[][] = [
  ["Enterprise Architect Corporate", "EA-CORP-FL", "フローティング", 10, null, "C-10231", "開発本部 第一設計部", "法人", "パッケージ",
    day(2027, 3, 31), day(2027, 3, 10), null, null, 1, "更新", "通常", null, null, null, null, null, "有効期間中の更新(E1)"],
  ["Enterprise Architect Professional", "EA-PRO-ST", "スタンダード", 3, null, "C-10231", "開発本部 第一設計部", "法人", "ダイレクト",
    day(2027, 3, 31), day(2027, 3, 10), null, null, 2, "更新", "通常", null, null, null, null, null, "2年更新(3本×2年)"],
  ["Enterprise Architect Professional", "EA-PRO-ST", "スタンダード", 2, null, "C-20877", "開発本部　第一設計部", "法人", "ダイレクト",
    "2026/6/30", "2026/11/25", null, "2026/12/3", 1, "更新", "通常", null, null, null, null, null, "旧お客様番号・サポート切れ"],
  ["Enterprise Architect Unified", "EA-UNI-FL", "フローティング", 3, 2, "C-30112", "品質保証部", "法人", "パッケージ",
    day(2022, 12, 31), day(2026, 11, 16), day(2026, 11, 20), day(2026, 12, 1), 1, "再開", "通常", null, null, null, null, null, "3年以上経過・2本のみ再開"],
  ["Enterprise Architect Corporate", "EA-CORP-FL", "フローティング", 1, null, "C-30112", "品質保証部", "法人", "パッケージ",
    "令和5年10月31日", "2026/10/20", "2026/10/28", "2026/11/10", 1, "更新", "通常", null, null, null, null, null, "注文時は3年未満"],
  ["Enterprise Architect Professional → Corporate", "EA-UPG-P2C", "フローティング", 2, null, "C-40560", "生産技術部", "法人", "パッケージ",
    day(2027, 6, 30), day(2026, 10, 25), day(2026, 11, 1), day(2026, 11, 18), null, "アップグレード", "通常", null, null, null, null, null, "エディションのアップグレード"],
  ["Enterprise Architect Professional", null, "スタンダード", 1, null, "P-55012", "代表", "個人", "パッケージ",
    day(2026, 12, 31), day(2026, 12, 10), null, null, 1, "更新", "通常", null, null, null, "山田 太郎", "山田 太郎", "個人名義(ダイレクト購入のみ)"],
  ["Enterprise Architect Corporate", "EA-CORP-ST", "スタンダード", 2, null, "C-40560", "生産技術部", "法人", "パッケージ",
    day(2026, 3, 31), day(2026, 6, 20), day(2026, 7, 1), day(2026, 9, 10), 1, "更新", "通常", null, null, null, null, null, "登録期限切れ(発行日基準)"],
  ["Enterprise Architect Corporate", "EA-CORP-FL", "フローティング", 4, null, "C-10231", "開発本部 第一設計部", "法人", "パッケージ",
    day(2027, 3, 31), day(2027, 3, 10), null, null, 1, "更新", "貸与", "あり", "あり", "なし", "協力会社 鈴木", null, "協力会社の常駐者が自宅PCで使用"],
  ["Enterprise Architect Corporate", null, "スタンダード", 2, 0, "C-60001", "企画部", "法人", "ダイレクト",
    day(2027, 1, 31), null, null, null, null, null, "参照のみ", null, null, null, null, null, "レビューのみ(WebEAへ移行予定)"],
  ["Enterprise Architect Ultimate", "EA-ULT-FL", "フローティング", 4, null, "C-70077", "システム開発部", "法人", "ダイレクト",
    day(2027, 1, 31), day(2027, 1, 15), null, null, 3, "更新", "通常", null, null, null, null, null, "3年更新(4本×3年)"],
];

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  row.alignment = { wrapText: true, vertical: "middle" };
}

export async function writeSparxSample(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("EAライセンス台帳");
  ws.addRow(["Enterprise Architect ライセンス管理台帳(株式会社サンプル 開発本部)"]).font = { bold: true, size: 14 };
  ws.addRow(["作成日", "2026/11/20", "", "サポート更新・再開・アップグレードの見積もり準備用"]);
  ws.addRow([]);
  styleHeader(ws.addRow(HEADER));
  for (const r of ROWS) ws.addRow(r);
  HEADER.forEach((h, i) => {
    const column = ws.getColumn(i + 1);
    column.width = i === 0 ? 40 : h === "備考" ? 30 : 14;
    if (["サポート期限", "注文日", "発行日", "手続き日"].includes(h)) column.numFmt = "yyyy/mm/dd";
  });
  ws.views = [{ state: "frozen", ySplit: 4 }];
  await wb.xlsx.writeFile(file);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeSparxSample("assets/samples/enterprise-architect.xlsx");
  console.log("wrote assets/samples/enterprise-architect.xlsx");
}
