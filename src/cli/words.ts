// The CLI's own sentences, ja (default) and en. Typed: a missing word is a compile error.
import type { Lang } from "../core/model";
import { fillParams } from "../i18n/template";
import type { InputProblem } from "./input-error";

type Key =
  | InputProblem
  | "usage"
  | "badArgs"
  | "tooWide"
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
    noFile: "ファイルが見つかりません: {file}",
    unreadable: "ファイルを読む権限がありません: {file}({detail})",
    notRegular: "通常のファイルではありません(フォルダー・FIFO・デバイスは読めません): {file}({detail})",
    fileTooLarge: "ファイルが大きすぎます: {file}({size}。上限 {limit})",
    encrypted: "パスワードで保護(暗号化)されたブックです。Excel でパスワードを解除して保存してから実行してください: {file}",
    legacyFormat:
      "Excel 97-2003 形式(.xls)などの古い形式のファイルです。Excel で .xlsx 形式で保存してから実行してください: {file}",
    notXlsx: ".xlsx ファイルとして読めません: {file}({detail})",
    noContentTypes: ".xlsx ファイルとして読めません: {file}([Content_Types].xml がありません)",
    partTooLarge: "ブック内の {part} が展開すると {size} になり、上限 {limit} を超えます: {file}",
    packageTooLarge: "ブックを展開すると {size} になり、上限 {limit} を超えます: {file}",
    badPart: "ブック内の {part} が壊れていて読めません: {file}({detail})",
    tooWide: "シート「{sheet}」の出力列が最後の列 XFD(16,384 列目)を超えます。表の右側の列を減らしてから実行してください",
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
    noFile: "File not found: {file}",
    unreadable: "No permission to read the file: {file} ({detail})",
    notRegular: "Not a regular file (a folder, FIFO or device cannot be read): {file} ({detail})",
    fileTooLarge: "The file is too large: {file} ({size}; the limit is {limit})",
    encrypted: "The workbook is password-protected (encrypted). Remove the password in Excel, save, and run again: {file}",
    legacyFormat: "An old format such as Excel 97-2003 (.xls). Save it as .xlsx in Excel and run again: {file}",
    notXlsx: "Not readable as an .xlsx file: {file} ({detail})",
    noContentTypes: "Not readable as an .xlsx file: {file} (it has no [Content_Types].xml)",
    partTooLarge: "{part} in the workbook unpacks to {size}, over the limit of {limit}: {file}",
    packageTooLarge: "The workbook unpacks to {size}, over the limit of {limit}: {file}",
    badPart: "{part} in the workbook is broken and cannot be read: {file} ({detail})",
    tooWide:
      "Sheet “{sheet}”: the output columns would pass the last column, XFD (16,384). Remove columns right of the table and run again",
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
