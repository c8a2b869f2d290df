// SPEC §2: the recognised headers (ja / en) and how each column's cells are read. A table, because the SPEC is one.
import type { Holding } from "../model";

export type ColumnKind =
  | { kind: "text" }
  | { kind: "quantity"; max: number } // positive integer
  | { kind: "count"; max: number } // non-negative integer
  | { kind: "yesno" }
  | { kind: "date" }
  | { kind: "choice"; words: ReadonlyMap<string, string> };

export type HoldingKey = Exclude<keyof Holding, "row">;

export interface ColumnSpec {
  readonly key: HoldingKey;
  readonly headers: readonly string[];
  readonly read: ColumnKind;
  /** The column's name in messages, ja / en (the first header of each language). */
  readonly label: { readonly ja: string; readonly en: string };
}

/**
 * The largest quantity a row may hold (数量, 移行数量, 更新ライセンス数) and the most years: with at most 1,048,576 rows
 * a sheet, every sum the rules and the quote make (quantity × years × rows < 2^53) stays an exact integer. A larger
 * value is an error on its row (TOO_LARGE), never a wrong total.
 */
export const MAX_QUANTITY = 10_000_000;
export const MAX_YEARS = 99;

const quantity = { kind: "quantity", max: MAX_QUANTITY } as const;
const count = { kind: "count", max: MAX_QUANTITY } as const;
const text = { kind: "text" } as const;
const yesno = { kind: "yesno" } as const;
const date = { kind: "date" } as const;
// A Map, not an object: a cell saying `constructor` or `__proto__` must not find Object.prototype's members.
const choice = (words: Record<string, string>): ColumnKind => ({ kind: "choice", words: new Map(Object.entries(words)) });

// Words are matched after NFKC + lower-case + trim, so full-width and upper-case variants come for free.
const ROLE = choice({
  サーバ: "server",
  サーバー: "server",
  jmssサーバ: "server",
  jmssサーバー: "server",
  manager: "server",
  server: "server",
  稼働マシン: "agent",
  稼動マシン: "agent",
  エージェント: "agent",
  agent: "agent",
  execution: "agent",
  クライアント: "client",
  jmssクライアント: "client",
  client: "client",
  viewer: "client",
});
const LICENSE_TYPE = choice({
  インストール: "install",
  install: "install",
  プロセッサ: "processor",
  processor: "processor",
  core: "processor",
  コア: "processor",
  月額: "monthly",
  monthly: "monthly",
  subscription: "monthly",
  サブスクリプション: "monthly",
  スタンダード: "standard",
  standard: "standard",
  フローティング: "floating",
  floating: "floating",
  アカデミック: "academic",
  academic: "academic",
});
const TARGET = choice({
  mg: "MG",
  "sv/ag": "SV/AG",
  svag: "SV/AG",
  sv: "SV/AG",
  ag: "SV/AG",
  "cl/win": "CL/Win",
  clwin: "CL/Win",
});
const TARGET_LICENSE = choice({
  インストール: "install",
  install: "install",
  プロセッサ: "processor",
  processor: "processor",
  core: "processor",
});
const ACTION = choice({
  更新: "renew",
  サポート更新: "renew",
  再開: "renew",
  renew: "renew",
  renewal: "renew",
  アップグレード: "upgrade",
  upgrade: "upgrade",
});
const HOLDER = choice({
  個人: "individual",
  individual: "individual",
  個人事業主: "sole_proprietor",
  "sole proprietor": "sole_proprietor",
  法人: "corporate",
  corporate: "corporate",
});
const PURCHASE = choice({
  ダイレクト: "direct",
  ダイレクト購入: "direct",
  direct: "direct",
  パッケージ: "package",
  パッケージ購入: "package",
  package: "package",
});
const USE_CASE = choice({
  通常: "normal",
  normal: "normal",
  貸与: "lending",
  貸出: "lending",
  lending: "lending",
  研修: "training",
  トレーニング: "training",
  training: "training",
  参照のみ: "viewing",
  閲覧のみ: "viewing",
  viewing: "viewing",
  "view only": "viewing",
  納品: "delivery",
  ライセンス納品: "delivery",
  delivery: "delivery",
});

const col = (key: HoldingKey, ja: string[], en: string[], read: ColumnKind): ColumnSpec => ({
  key,
  headers: [...ja, ...en],
  read,
  label: { ja: ja[0] ?? key, en: en[0] ?? key },
});

export const COLUMNS: readonly ColumnSpec[] = [
  col("product", ["製品名", "製品", "品名"], ["Product", "Product name"], text),
  col("sku", ["型番", "品番"], ["SKU", "Part number"], text),
  col("role", ["用途", "役割", "運用"], ["Role", "Usage"], ROLE),
  col("quantity", ["数量", "本数", "台数", "ライセンス数"], ["Qty", "Quantity", "Licenses"], quantity),
  col("maintenance", ["保守契約", "保守", "PP・サポートサービス", "サポートサービス"], ["Maintenance"], yesno),
  col("licenseType", ["ライセンス形態", "ライセンス種別"], ["License type"], LICENSE_TYPE),
  col("target", ["移行先", "希望移行先"], ["Target"], TARGET),
  col("targetLicense", ["移行先ライセンス形態"], ["Target license"], TARGET_LICENSE),
  col("targetQuantity", ["移行数量", "移行後数量"], ["Target quantity"], count),
  col("migrated", ["移行済み"], ["Migrated"], yesno),
  col("supportEnd", ["サポート期限", "サポート終了日", "保守期限"], ["Support end"], date),
  col("orderDate", ["購入日", "注文日", "発注日"], ["Order date"], date),
  col("procedureDate", ["手続き日", "登録日"], ["Procedure date"], date),
  col("issueDate", ["発行日"], ["Issue date"], date),
  col("years", ["年数", "更新年数"], ["Years"], { kind: "quantity", max: MAX_YEARS }),
  col("action", ["手続き", "区分"], ["Action"], ACTION),
  col("holder", ["名義"], ["Holder"], HOLDER),
  col("purchase", ["購入方法"], ["Purchase"], PURCHASE),
  col("customerNo", ["お客様番号"], ["Customer number"], text),
  col("department", ["部署", "部門"], ["Department"], text),
  col("baseLicense", ["ベースライセンス", "COA"], ["Base license"], text),
  col("imaging", ["イメージング", "インストールサービス"], ["Imaging"], yesno),
  col("desiredVersion", ["使用バージョン", "ダウングレード先"], ["Desired version"], text),
  // seed 004: licence scope facts (issue 3)
  col("useCase", ["使用形態", "利用形態"], ["Use case"], USE_CASE),
  col("projectOnly", ["購入組織のプロジェクト専従"], ["Owner project only"], yesno),
  col("underDirection", ["購入組織の指揮下"], ["Under owner direction"], yesno),
  col("ownerMachine", ["購入組織のマシン"], ["Owner machine"], yesno),
  col("trainingByOwner", ["登録部署が研修実施"], ["Training by owner"], yesno),
  col("trainingOnly", ["研修目的のみ"], ["Training only"], yesno),
  col("user", ["使用者"], ["User"], text),
  col("purchaser", ["購入者"], ["Purchaser"], text),
  col("renewQuantity", ["更新ライセンス数", "更新本数", "更新数量"], ["Licenses to renew", "Renew quantity"], count),
];

// SPEC §2 lists these; はい/いいえ are added because they are the natural answers in seed 004's condition columns.
export const YES_WORDS: readonly string[] = [
  "あり",
  "有",
  "有り",
  "加入",
  "加入済み",
  "契約中",
  "○",
  "◯",
  "はい",
  "yes",
  "y",
  "true",
  "1",
];
export const NO_WORDS: readonly string[] = [
  "なし",
  "無",
  "無し",
  "未加入",
  "未契約",
  "×",
  "-",
  "いいえ",
  "no",
  "n",
  "false",
  "0",
];
