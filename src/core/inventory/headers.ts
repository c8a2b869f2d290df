// SPEC §2: the inventory's columns — the headers recognised (ja / en), how each column's cells are read, and the
// schema of the value it gives. This table is the one source of the holding's shape: model.ts builds the Holding
// schema from it, and the reader parses every holding it builds with that schema.
import { z } from "zod";
import { IsoDate } from "../iso-date";
import {
  JMSS_PREFIXES,
  Role,
  ROLE_WORDS,
  Target,
  TARGET_LICENSE_WORDS,
  TARGET_WORDS,
  TargetLicense,
} from "../packs/jmss/vocabulary";

export { Role, Target, TargetLicense } from "../packs/jmss/vocabulary";
export const LicenseType = z.enum(["install", "processor", "monthly", "standard", "floating", "academic"]);
export type LicenseType = z.infer<typeof LicenseType>;
export const Action = z.enum(["renew", "upgrade"]);
export type Action = z.infer<typeof Action>;
export const Holder = z.enum(["individual", "sole_proprietor", "corporate"]);
export type Holder = z.infer<typeof Holder>;
export const Purchase = z.enum(["direct", "package"]);
export type Purchase = z.infer<typeof Purchase>;
export const UseCase = z.enum(["normal", "lending", "training", "viewing", "delivery"]);
export type UseCase = z.infer<typeof UseCase>;

export type ColumnKind =
  | { readonly kind: "text" }
  /** A whole number from 1 (quantity) or 0 (count) up to `max`; above it, the row's error TOO_LARGE. */
  | { readonly kind: "quantity"; readonly max: number }
  | { readonly kind: "count"; readonly max: number }
  | { readonly kind: "yesno" }
  | { readonly kind: "date" }
  /**
   * Words (NFKC, lower-case) → value. A Map, so a cell saying `constructor` or `__proto__` is no word. `prefixes`:
   * words a cell may put before its word ("JobCenter MG"), read as if it did not.
   */
  | { readonly kind: "choice"; readonly words: ReadonlyMap<string, string>; readonly prefixes?: readonly string[] };

/** One column of the table: its headers, how its cells are read, and the schema of what they give. */
export interface Column<S extends z.ZodType = z.ZodType> {
  readonly headers: readonly string[];
  readonly read: ColumnKind;
  readonly schema: S;
  /** The column's name in messages, ja / en (the first header of each language). */
  readonly label: { readonly ja: string; readonly en: string };
}

interface Reading<S extends z.ZodType> {
  readonly read: ColumnKind;
  readonly schema: S;
}

/**
 * The largest quantity a row may hold (数量, 移行数量, 更新ライセンス数) and the most years: with at most 1,048,576 rows
 * a sheet, every sum the rules and the quote make (quantity × years × rows < 2^53) stays an exact integer. A larger
 * value is an error on its row (TOO_LARGE), never a wrong total.
 */
export const MAX_QUANTITY = 10_000_000;
export const MAX_YEARS = 99;

const text = { read: { kind: "text" }, schema: z.string().min(1) } as const;
const yesno = { read: { kind: "yesno" }, schema: z.boolean() } as const;
const date = { read: { kind: "date" }, schema: IsoDate } as const;
const quantity = (max: number) => ({ read: { kind: "quantity", max }, schema: z.number().int().positive().max(max) }) as const;
const count = { read: { kind: "count", max: MAX_QUANTITY }, schema: z.number().int().nonnegative().max(MAX_QUANTITY) } as const;
/** A choice column: the words a cell may say (NFKC, lower-case) for each value of the enum. */
function choice<T extends string>(
  schema: z.ZodEnum<{ [K in T]: K }>,
  words: Readonly<Record<string, T>>,
  prefixes: readonly string[] = [],
): Reading<z.ZodEnum<{ [K in T]: K }>> {
  return { read: { kind: "choice", words: new Map(Object.entries(words)), prefixes }, schema };
}

// Words are matched after NFKC + lower-case + trim, so full-width and upper-case variants come for free.
// The JMSS pack's columns speak its products' words (packs/jmss/vocabulary.ts).
const ROLE = choice(Role, ROLE_WORDS, JMSS_PREFIXES);
const LICENSE_TYPE = choice(LicenseType, {
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
const TARGET = choice(Target, TARGET_WORDS, JMSS_PREFIXES);
const TARGET_LICENSE = choice(TargetLicense, TARGET_LICENSE_WORDS, JMSS_PREFIXES);
const ACTION = choice(Action, {
  更新: "renew",
  サポート更新: "renew",
  再開: "renew",
  renew: "renew",
  renewal: "renew",
  アップグレード: "upgrade",
  upgrade: "upgrade",
});
const HOLDER = choice(Holder, {
  個人: "individual",
  individual: "individual",
  個人事業主: "sole_proprietor",
  "sole proprietor": "sole_proprietor",
  法人: "corporate",
  corporate: "corporate",
});
const PURCHASE = choice(Purchase, {
  ダイレクト: "direct",
  ダイレクト購入: "direct",
  direct: "direct",
  パッケージ: "package",
  パッケージ購入: "package",
  package: "package",
});
const USE_CASE = choice(UseCase, {
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

const col = <S extends z.ZodType>(ja: string[], en: string[], reading: Reading<S>): Column<S> => ({
  headers: [...ja, ...en],
  read: reading.read,
  schema: reading.schema,
  label: { ja: ja[0] ?? "", en: en[0] ?? "" },
});

/** Every column an inventory may have, by the holding's key (SPEC §2). */
export const HOLDING_COLUMNS = {
  product: col(["製品名", "製品", "品名"], ["Product", "Product name"], text),
  sku: col(["型番", "品番"], ["SKU", "Part number"], text),
  role: col(["用途", "役割", "運用"], ["Role", "Usage"], ROLE),
  quantity: col(["数量", "本数", "台数", "ライセンス数"], ["Qty", "Quantity", "Licenses"], quantity(MAX_QUANTITY)),
  maintenance: col(["保守契約", "保守", "PP・サポートサービス", "サポートサービス"], ["Maintenance"], yesno),
  licenseType: col(["ライセンス形態", "ライセンス種別"], ["License type"], LICENSE_TYPE),
  target: col(["移行先", "希望移行先"], ["Target"], TARGET),
  targetLicense: col(["移行先ライセンス形態"], ["Target license"], TARGET_LICENSE),
  targetQuantity: col(["移行数量", "移行後数量"], ["Target quantity"], count),
  migrated: col(["移行済み"], ["Migrated"], yesno),
  supportEnd: col(["サポート期限", "サポート終了日", "保守期限"], ["Support end"], date),
  orderDate: col(["購入日", "注文日", "発注日"], ["Order date"], date),
  procedureDate: col(["手続き日", "登録日"], ["Procedure date"], date),
  issueDate: col(["発行日"], ["Issue date"], date),
  years: col(["年数", "更新年数"], ["Years"], quantity(MAX_YEARS)),
  action: col(["手続き", "区分"], ["Action"], ACTION),
  holder: col(["名義"], ["Holder"], HOLDER),
  purchase: col(["購入方法"], ["Purchase"], PURCHASE),
  customerNo: col(["お客様番号"], ["Customer number"], text),
  department: col(["部署", "部門"], ["Department"], text),
  baseLicense: col(["ベースライセンス", "COA"], ["Base license"], text),
  imaging: col(["イメージング", "インストールサービス"], ["Imaging"], yesno),
  desiredVersion: col(["使用バージョン", "ダウングレード先"], ["Desired version"], text),
  // seed 004: licence scope facts (issue 3)
  useCase: col(["使用形態", "利用形態"], ["Use case"], USE_CASE),
  projectOnly: col(["購入組織のプロジェクト専従"], ["Owner project only"], yesno),
  underDirection: col(["購入組織の指揮下"], ["Under owner direction"], yesno),
  ownerMachine: col(["購入組織のマシン"], ["Owner machine"], yesno),
  trainingByOwner: col(["登録部署が研修実施"], ["Training by owner"], yesno),
  trainingOnly: col(["研修目的のみ"], ["Training only"], yesno),
  user: col(["使用者"], ["User"], text),
  purchaser: col(["購入者"], ["Purchaser"], text),
  // seed 003 更新ライセンス数 (default: quantity)
  renewQuantity: col(["更新ライセンス数", "更新本数", "更新数量"], ["Licenses to renew", "Renew quantity"], count),
};

export type HoldingKey = keyof typeof HOLDING_COLUMNS;

export interface ColumnSpec extends Column {
  readonly key: HoldingKey;
}

/** The columns as a list, in the table's order (the order the reader reads a row in). */
export const COLUMNS: readonly ColumnSpec[] = (Object.keys(HOLDING_COLUMNS) as HoldingKey[]).map((key) => ({
  key,
  ...HOLDING_COLUMNS[key],
}));

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
