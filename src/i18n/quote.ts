// Words of the quote (SPEC §7): its own codes and the quote sheet's labels, ja / en. Typed against the codes and
// the label keys, so a missing word is a compile error.
import type { Lang } from "../core/model";
import type { QuoteCode } from "../core/quote/codes";
import type { QuoteNote } from "../core/quote/model";
import type { PriceColumn } from "../core/quote/price-book";
import { groupDigits } from "../core/digits";
import { fill, fillParams } from "./template";
import { own } from "../core/own";

export const QUOTE_LABEL_KEYS = [
  "title",
  "customer",
  "date",
  "asOf",
  "sheet",
  "priceBook",
  "no",
  "sku",
  "product",
  "priceClass",
  "quantity",
  "unitPrice",
  "amount",
  "rows",
  "remarks",
  "subtotal",
  "total",
  "totalIncomplete",
  "partial",
  "noPrice",
  "amountTooLarge",
  "notPurchased",
  "free",
  "applications",
  "contactField",
  "renewals",
  "customerNo",
  "noCustomerNo",
  "currentEnd",
  "newEnd",
  "notes",
  "severity",
  "message",
  "priceBookRow",
] as const;
export type QuoteLabel = (typeof QUOTE_LABEL_KEYS)[number];

export const QUOTE_LABELS = {
  ja: {
    title: "見積",
    customer: "お客様",
    date: "見積日",
    asOf: "基準日",
    sheet: "対象シート",
    priceBook: "価格表",
    no: "No.",
    sku: "型番",
    product: "製品名",
    priceClass: "価格区分",
    quantity: "数量",
    unitPrice: "単価",
    amount: "金額",
    rows: "対象行",
    remarks: "備考",
    subtotal: "小計({class})",
    total: "合計",
    totalIncomplete: "合計(価格未設定の明細を除く)",
    partial: "価格未設定の明細を除く",
    noPrice: "価格未設定",
    amountTooLarge: "金額が大きすぎます",
    notPurchased: "購入対象外(参考)",
    free: "無償(バージョンアップ申請)",
    applications: "バージョンアップ申請(型番ごとに1件)",
    contactField: "連絡欄",
    renewals: "サポート更新(お客様番号別)",
    customerNo: "お客様番号",
    noCustomerNo: "(お客様番号なし)",
    currentEnd: "現サポート期限",
    newEnd: "新サポート期限",
    notes: "注意事項",
    severity: "区分",
    message: "内容",
    priceBookRow: "価格表 {row}行目",
  } satisfies Record<QuoteLabel, string>,
  en: {
    title: "Quote",
    customer: "Customer",
    date: "Date",
    asOf: "As of",
    sheet: "Inventory sheet",
    priceBook: "Price book",
    no: "No.",
    sku: "SKU",
    product: "Product",
    priceClass: "Price class",
    quantity: "Qty",
    unitPrice: "Unit price",
    amount: "Amount",
    rows: "Rows",
    remarks: "Remarks",
    subtotal: "Subtotal ({class})",
    total: "Total",
    totalIncomplete: "Total (lines without a price excluded)",
    partial: "Lines without a price excluded",
    noPrice: "No price",
    amountTooLarge: "Amount too large",
    notPurchased: "Not purchased (for information)",
    free: "Free (version-up application)",
    applications: "Version-up applications (one per SKU)",
    contactField: "Contact field (連絡欄)",
    renewals: "Support renewals by customer number",
    customerNo: "Customer number",
    noCustomerNo: "(no customer number)",
    currentEnd: "Current support end",
    newEnd: "New support end",
    notes: "Notes",
    severity: "Severity",
    message: "Message",
    priceBookRow: "Price book row {row}",
  } satisfies Record<QuoteLabel, string>,
};

export const QUOTE_WORDS = {
  ja: {
    NO_PRICE_BOOK: "価格表シート(「価格表」または「Price book」)がないため、数量のみの見積です",
    NO_PRICE: "価格表に単価のない明細が{count}件あります(No. {lines})。金額は空欄のままで、合計に含めていません",
    AMOUNT_TOO_LARGE:
      "金額が大きすぎて正確に計算できない明細が{count}件あります(No. {lines})。金額は空欄のままで、合計に含めていません(明細・小計・合計の上限 {max} 円)",
    CLWIN_CHEAPER_MIX:
      "CL/Win(必要数{need}本)は、価格表の単価では 5 Licenses×{five} + 1 License×{one}({bought}本)のほうが安価です({exactAmount} → {amount})",
    PROCESSOR_CHEAPER:
      "仮想化基盤上では、プロセッサライセンス{processorQuantity}本(通常価格 {processor})のほうが、インストールライセンス{installQuantity}本({install})より安価です。必要なプロセッサライセンス数はコア数によります(よくあるご質問2)",
    INSTALL_CHEAPER:
      "インストールライセンス{installQuantity}本({install})のほうが、プロセッサライセンス{processorQuantity}本(通常価格 {processor})より安価です(よくあるご質問2)",
    INVALID_PRICE:
      "価格表 {row}行目: 列「{column}」の値「{value}」は金額として読めません(例: 98000、¥120,000)。この行は使いません",
    INVALID_PRICE_CLASS:
      "価格表 {row}行目: 列「{column}」の値「{value}」は価格区分として読めません(例: 優待価格、NORMAL、空欄=すべて)。この行は使いません",
    MISSING_PRICE_KEY: "価格表 {row}行目: 型番も製品名もないため、どの明細にも使えません",
    DUPLICATE_PRICE: "価格表 {row}行目: {first}行目と同じ型番・製品名・価格区分に別の単価があります({first}行目を使います)",
  } satisfies Record<QuoteCode, string>,
  en: {
    NO_PRICE_BOOK: "No price-book sheet (“価格表” or “Price book”): this quote lists quantities only",
    NO_PRICE:
      "{count} line(s) have no unit price in the price book (No. {lines}): their amount is left blank and not in the total",
    AMOUNT_TOO_LARGE:
      "{count} line(s) have an amount too large to compute exactly (No. {lines}): it is left blank and not in the total (a line, subtotal or total is at most ¥{max})",
    CLWIN_CHEAPER_MIX:
      "CL/Win ({need} needed): at the price book's prices 5 Licenses×{five} + 1 License×{one} ({bought} licences) cost less ({exactAmount} → {amount})",
    PROCESSOR_CHEAPER:
      "On a virtualization platform, {processorQuantity} processor licence(s) at the normal price ({processor}) cost less than {installQuantity} install licence(s) ({install}); how many processor licences are needed depends on the cores (FAQ 2)",
    INSTALL_CHEAPER:
      "{installQuantity} install licence(s) ({install}) cost less than {processorQuantity} processor licence(s) at the normal price ({processor}) (FAQ 2)",
    INVALID_PRICE:
      "Price book row {row}: “{value}” in column “{column}” is not an amount (e.g. 98000, ¥120,000); the row is not used",
    INVALID_PRICE_CLASS:
      "Price book row {row}: “{value}” in column “{column}” is not a price class (e.g. Preferential price, NORMAL, blank = any); the row is not used",
    MISSING_PRICE_KEY: "Price book row {row}: neither SKU nor product, so it prices nothing",
    DUPLICATE_PRICE:
      "Price book row {row}: another unit price for the same SKU, product and price class as row {first} (row {first} is used)",
  } satisfies Record<QuoteCode, string>,
};

const COLUMN_WORDS = {
  ja: { sku: "型番", product: "製品名", priceClass: "価格区分", unitPrice: "単価" },
  en: { sku: "SKU", product: "Product", priceClass: "Price class", unitPrice: "Unit price" },
} satisfies Record<Lang, Record<PriceColumn, string>>;

const MONEY_PARAMS = new Set(["amount", "exactAmount", "processor", "install"]);

/** ¥1,234 — yen have no minor unit. */
export const formatYen = (n: number): string => `¥${groupDigits(Math.round(n))}`;

export const quoteLabel = (key: QuoteLabel, lang: Lang, params: Record<string, string | number> = {}): string =>
  fillParams(QUOTE_LABELS[lang][key], params);

/** A quote note's sentence, params filled in (amounts as yen, a price-book column as its header). */
export function quoteNoteMessage(note: Pick<QuoteNote, "code" | "params">, lang: Lang): string {
  return fill(QUOTE_WORDS[lang][note.code], (name) => {
    const v = note.params && own(note.params, name);
    if (v === undefined) return name === "value" ? "" : undefined;
    if (MONEY_PARAMS.has(name) && typeof v === "number") return formatYen(v);
    if (name === "column") return own<string>(COLUMN_WORDS[lang], String(v)) ?? String(v);
    return String(v);
  });
}
