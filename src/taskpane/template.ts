// The inventory template sheet (issue 5): SPEC §2's headers as the reader recognises them, a drop-down list for every
// yes/no and choice column (words the reader accepts), and one example row. Pure: office-template.ts writes it.
import type { HoldingKey } from "../core/inventory/headers";
import { COLUMNS, Target } from "../core/inventory/headers";
import { EXAMPLE_LICENCE } from "../core/packs/jmss/vocabulary";
import type { Lang } from "../core/model";
import type { Cell, TemplateSheet } from "../excel/workbook-host";

type Words = Readonly<Record<Lang, readonly string[]>>;

const YES_NO: Words = { ja: ["あり", "なし"], en: ["yes", "no"] };

/** The template's columns in order, with their drop-down words and the example row's value. */
const TEMPLATE: readonly { key: HoldingKey; list?: Words; example: Readonly<Record<Lang, Cell>> }[] = [
  { key: "product", example: { ja: EXAMPLE_LICENCE.product, en: EXAMPLE_LICENCE.product } },
  { key: "sku", example: { ja: EXAMPLE_LICENCE.sku, en: EXAMPLE_LICENCE.sku } },
  {
    key: "role",
    list: { ja: ["サーバ", "稼働マシン", "クライアント"], en: ["server", "agent", "client"] },
    example: { ja: "サーバ", en: "server" },
  },
  { key: "quantity", example: { ja: 1, en: 1 } },
  { key: "maintenance", list: YES_NO, example: { ja: "あり", en: "yes" } },
  {
    key: "licenseType",
    list: {
      ja: ["インストール", "プロセッサ", "月額", "スタンダード", "フローティング", "アカデミック"],
      en: ["install", "processor", "monthly", "standard", "floating", "academic"],
    },
    example: { ja: "インストール", en: "install" },
  },
  { key: "target", list: { ja: Target.options, en: Target.options }, example: { ja: Target.enum.MG, en: Target.enum.MG } },
  {
    key: "targetLicense",
    list: { ja: ["インストール", "プロセッサ"], en: ["install", "processor"] },
    example: { ja: "", en: "" },
  },
  { key: "targetQuantity", example: { ja: "", en: "" } },
  { key: "migrated", list: YES_NO, example: { ja: "なし", en: "no" } },
  { key: "supportEnd", example: { ja: "", en: "" } },
  { key: "orderDate", example: { ja: "", en: "" } },
  { key: "procedureDate", example: { ja: "", en: "" } },
  { key: "issueDate", example: { ja: "", en: "" } },
  { key: "years", example: { ja: "", en: "" } },
  { key: "action", list: { ja: ["更新", "アップグレード"], en: ["renew", "upgrade"] }, example: { ja: "", en: "" } },
  {
    key: "holder",
    list: { ja: ["法人", "個人", "個人事業主"], en: ["corporate", "individual", "sole proprietor"] },
    example: { ja: "", en: "" },
  },
  { key: "purchase", list: { ja: ["ダイレクト", "パッケージ"], en: ["direct", "package"] }, example: { ja: "", en: "" } },
  { key: "customerNo", example: { ja: "", en: "" } },
  { key: "department", example: { ja: "情報システム部", en: "IT" } },
  { key: "baseLicense", example: { ja: "", en: "" } },
  { key: "imaging", list: YES_NO, example: { ja: "", en: "" } },
  { key: "desiredVersion", example: { ja: "", en: "" } },
];

/** Rows below the header that get the drop-down lists. */
export const TEMPLATE_ROWS = 1_000;

const LABELS = new Map(COLUMNS.map((c) => [c.key, c.label]));

export function templateSheet(lang: Lang, name: string): TemplateSheet {
  return {
    name,
    headers: TEMPLATE.map((c) => LABELS.get(c.key)?.[lang] ?? c.key),
    example: TEMPLATE.map((c) => c.example[lang]),
    lists: TEMPLATE.flatMap((c, column) => (c.list ? [{ column, words: c.list[lang] }] : [])),
    rows: TEMPLATE_ROWS,
  };
}
