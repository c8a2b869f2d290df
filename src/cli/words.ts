// The CLI's own sentences, ja (default) and en. Typed: a missing word is a compile error.
import type { Lang } from "../core/model";
import { fillParams } from "../i18n/template";

type Key =
  | "usage"
  | "badArgs"
  | "noFile"
  | "notXlsx"
  | "noSheet"
  | "noHeader"
  | "noInventory"
  | "sheetLine"
  | "classLine"
  | "warningsLine"
  | "written"
  | "cannotWrite"
  | "outKind"
  | "totalIncomplete"
  | "quoteLine";

const USAGE_JA = `使い方: license-rules annotate [FILE] [--sheet NAME] [--out FILE] [--json] [--as-of YYYY-MM-DD] [--lang ja|en] [--unified]
       license-rules quote [FILE] [--sheet NAME] [--out FILE] [--json] [--as-of YYYY-MM-DD] [--lang ja|en] [--unified]
FILE を省略すると同梱のサンプル (assets/samples/inventory.xlsx) を処理します。入力ファイルは変更せず、<名前>.annotated.xlsx(マクロ有効ブックなら .xlsm)に書き出します。`;
const USAGE_EN = `Usage: license-rules annotate [FILE] [--sheet NAME] [--out FILE] [--json] [--as-of YYYY-MM-DD] [--lang ja|en] [--unified]
       license-rules quote [FILE] [--sheet NAME] [--out FILE] [--json] [--as-of YYYY-MM-DD] [--lang ja|en] [--unified]
Without FILE it annotates the bundled sample (assets/samples/inventory.xlsx). The input is never changed; the result goes to <name>.annotated.xlsx (.xlsm for a macro workbook).`;

export const CLI_WORDS = {
  ja: {
    usage: USAGE_JA,
    badArgs: "引数が正しくありません: {detail}(使い方は --help)",
    cannotWrite: "書き出せません: {file}({detail})",
    outKind: "--out の拡張子を {ext} にしてください(書き出すブックの種類です): {file}",
    totalIncomplete: "(価格未設定の明細を除く)",
    noFile: "ファイルが見つからないか読めません: {file}",
    notXlsx: ".xlsx ファイルとして読めません: {file}",
    noSheet: "シート「{sheet}」がありません",
    noHeader: "シート「{sheet}」に見出し行(製品名・数量など)が見つかりません(先頭20行を確認してください)",
    noInventory: "見出し行(製品名・数量など)のあるシートがありません: {file}",
    sheetLine: "シート「{sheet}」: {rows} 行(見出し {header} 行目)",
    classLine: "  {label}: {count} 行",
    warningsLine: "  警告のある行: {warnings} / エラーの行: {errors}",
    written: "書き出しました: {file}",
    quoteLine: "シート「{sheet}」の見積をシート「{quote}」に作成しました: 明細 {lines} 行、合計 {total}",
  } satisfies Record<Key, string>,
  en: {
    usage: USAGE_EN,
    badArgs: "Unusable arguments: {detail} (see --help)",
    cannotWrite: "Cannot write {file} ({detail})",
    outKind: "--out must end in {ext}, the kind of workbook written: {file}",
    totalIncomplete: " (excluding lines without a price)",
    noFile: "File not found or unreadable: {file}",
    notXlsx: "Not readable as an .xlsx file: {file}",
    noSheet: "There is no sheet “{sheet}”",
    noHeader: "Sheet “{sheet}” has no recognisable header row (product, quantity…) in its first 20 rows",
    noInventory: "No sheet has a recognisable header row (product, quantity…): {file}",
    sheetLine: "Sheet “{sheet}”: {rows} rows (header on row {header})",
    classLine: "  {label}: {count} rows",
    warningsLine: "  Rows with warnings: {warnings} / rows with errors: {errors}",
    written: "Written: {file}",
    quoteLine: "Quote for sheet “{sheet}” written to sheet “{quote}”: {lines} lines, total {total}",
  } satisfies Record<Key, string>,
};

export function say(lang: Lang, key: Key, params: Record<string, string | number> = {}): string {
  return fillParams(CLI_WORDS[lang][key], params);
}
