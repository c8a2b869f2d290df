// Every word of the task pane, Japanese (default) and English: the UI's words, then what each problem that stops a
// run means and what to do about it (issue 5 §3). A key missing in either language does not compile.
import type { Lang } from "../core/model";
import type { ProblemCode } from "./job/problems";
import { fill } from "../i18n/template";

// prettier-ignore
export const WORD_KEYS = [
  "appTitle", "appLead", "inventory", "redetect", "sheetRange", "sheetTable", "dataRows",
  "quoteSheet", "priceBookSheet",
  "headerRow", "headerRowOption", "columnsSummary", "columnsHint", "otherColumns", "notUsed", "requiredLabel",
  "options", "asOf", "asOfHint", "asOfMissing", "outputLang", "unified", "unifiedHint",
  "annotate", "needAsOf", "needInventory", "buildQuote", "quoteNeedsFullRun", "quoteDoneTitle", "quoteBuilt", "quotePrintDefaults",
  "cancel", "cancelling", "reading", "writing", "progressRows",
  "summary", "summaryRows", "otherSheetResult", "rowsUnit", "warningRows", "errorRows", "selectHint", "selectedFirst",
  "selectedOneArea",
  "template", "templateHint", "templateDoneTitle", "templateInserted", "templateNoLists", "templateSheet",
  "confirmTitle", "confirmBody", "overwrite", "writeClear",
  "doneTitle", "doneBody", "cancelledTitle", "cancelledRead", "declined", "partialBody", "noneWritten", "stoppedTitle", "detail",
] as const;
export type WordKey = (typeof WORD_KEYS)[number];

// Japanese: full-width （） and ［］ around words and UI names, 「」 around names of sheets. English: “License” (US),
// as in the inventory headers (License type) and the products (5 Licenses). `{n|one|other}` picks by the number n.
export const WORDS = {
  ja: {
    appTitle: "ライセンス移行・更新チェック",
    appLead: "アクティブなシートの棚卸表を読み、移行先・価格区分・警告を右側の列に書き込みます。入力済みのセルは変更しません。",
    inventory: "棚卸表",
    redetect: "再検出",
    sheetRange: "シート「{sheet}」の使用範囲 {address}",
    sheetTable: "シート「{sheet}」のテーブル「{table}」 {address}",
    dataRows: "データ {rows} 行",
    quoteSheet: "シート「{sheet}」は見積です。見積と価格表のシートには書き込みません。棚卸表のシートを開いてください。",
    priceBookSheet: "シート「{sheet}」は価格表です。見積と価格表のシートには書き込みません。棚卸表のシートを開いてください。",
    headerRow: "見出し行",
    headerRowOption: "{row} 行目: {cells}",
    columnsSummary: "列の対応（{count} 列を認識）",
    columnsHint: "認識できなかった列や違う列は、ここで選び直してください。",
    otherColumns: "その他の列（{count}）",
    notUsed: "（使わない）",
    requiredLabel: "{label}（必須）",
    options: "オプション",
    asOf: "基準日",
    asOfHint: "日付で決まるルール（サポート終了など）はこの日で判定します。",
    asOfMissing: "基準日を入力してください。",
    outputLang: "書き込む言語",
    unified: "統合お客様番号",
    unifiedHint: "使用部署を定めずに購入したライセンス（Enterprise Architect）",
    annotate: "移行先と警告を書き込む",
    needAsOf: "基準日を入力すると書き込めます。",
    needInventory: "棚卸表のシートを開くと書き込めます。",
    buildQuote: "見積を作成",
    quoteNeedsFullRun: "書き込みが途中で止まったため、見積はまだ作れません。全行を書き込むと作れます。",
    quoteDoneTitle: "見積ができました",
    quoteBuilt: "新しいシート「{sheet}」にあります。",
    quotePrintDefaults:
      "この Excel（ExcelApi 1.9 未満）では印刷の向きと用紙を設定できないため、既定のままです。［ページ レイアウト］タブで A4 横にしてください。",
    cancel: "キャンセル",
    cancelling: "いま処理している行を終えてから止めます…",
    reading: "読み込み中",
    writing: "書き込み中",
    progressRows: "{done} / {total} 行",
    summary: "結果",
    summaryRows: "シート「{sheet}」の {rows} 行を判定しました",
    otherSheetResult:
      "この結果はシート「{sheet}」のもので、いま開いているシートのものではありません。項目を押すと「{sheet}」の行を選択します。",
    rowsUnit: "行",
    warningRows: "警告のある行",
    errorRows: "エラーのある行",
    selectHint: "項目を押すと、その行をシートで選択します。",
    selectedFirst: "最初の {areas} 範囲だけを選択しました。",
    selectedOneArea:
      "この Excel（ExcelApi 1.18 未満）では離れた行をまとめて選択できないため、最初の {first}–{last} 行目だけを選択しました。",
    template: "テンプレートシートを挿入",
    templateHint: "見出し・選択リスト・記入例の入った新しいシートを追加します。",
    templateDoneTitle: "シートを追加しました",
    templateInserted: "「{sheet}」の 2 行目の記入例を書き換えて使ってください。",
    templateNoLists:
      "この Excel（ExcelApi 1.8 未満）では選択リストを付けられないため、付けていません。値は記入例にならって入力してください。",
    templateSheet: "棚卸テンプレート",
    confirmTitle: "右側のセルを上書きしますか？",
    confirmBody: "書き込み先の列 {address} に、このアドインが書いたものではない値が {count} 個あります（{rows} 行目）。",
    overwrite: "上書きする",
    writeClear: "空いている列 {address} に書く",
    doneTitle: "完了しました",
    doneBody: "{first}–{last} 行目の {columns} 列に書き込みました。",
    cancelledTitle: "キャンセルしました",
    cancelledRead: "読み込みの途中で止めました。シートには何も書き込んでいません。",
    declined: "何も書き込んでいません。書き込み先の列を空けてから、もう一度実行してください。",
    partialBody:
      "{first}–{last} 行目（{rows} 行）は書き込み済みです。{next}–{end} 行目は書き込んでいません（前回の結果が残っていることがあります）。もう一度実行すると全行を書き直します。",
    noneWritten: "どの行にも書き込んでいません。",
    stoppedTitle: "途中で止まりました",
    detail: "詳細: {detail}",
  } satisfies Record<WordKey, string>,
  en: {
    appTitle: "License migration & renewal check",
    appLead:
      "Reads the inventory on the active sheet and writes targets, price classes and warnings in columns to its right. Cells you filled in are never changed.",
    inventory: "Inventory",
    redetect: "Detect again",
    sheetRange: "Used range {address} of sheet “{sheet}”",
    sheetTable: "Table “{table}” {address} of sheet “{sheet}”",
    dataRows: "{rows} data {rows|row|rows}",
    quoteSheet: "Sheet “{sheet}” is a quote. Quote and price-book sheets are never written. Open the inventory's sheet.",
    priceBookSheet:
      "Sheet “{sheet}” is the price book. Quote and price-book sheets are never written. Open the inventory's sheet.",
    headerRow: "Header row",
    headerRowOption: "Row {row}: {cells}",
    columnsSummary: "Columns ({count} recognized)",
    columnsHint: "Pick the right column where one was missed or mistaken.",
    otherColumns: "Other columns ({count})",
    notUsed: "(not used)",
    requiredLabel: "{label} (required)",
    options: "Options",
    asOf: "As-of date",
    asOfHint: "Date-dependent rules (end of support, …) are decided as of this date.",
    asOfMissing: "Enter an as-of date.",
    outputLang: "Output language",
    unified: "Unified customer number",
    unifiedHint: "Licenses bought without naming a department (Enterprise Architect)",
    annotate: "Write targets and warnings",
    needAsOf: "Enter an as-of date to write.",
    needInventory: "Open a sheet with an inventory to write.",
    buildQuote: "Build quote",
    quoteNeedsFullRun: "The last run stopped partway, so there is no quote yet: write every row first.",
    quoteDoneTitle: "Quote ready",
    quoteBuilt: "It is on the new sheet “{sheet}”.",
    quotePrintDefaults:
      "This Excel (before ExcelApi 1.9) cannot set the print orientation and paper, so they are left as they were: set A4 landscape on the Page Layout tab.",
    cancel: "Cancel",
    cancelling: "Stopping once the rows in hand are done…",
    reading: "Reading",
    writing: "Writing",
    progressRows: "{done} / {total} rows",
    summary: "Result",
    summaryRows: "{rows} {rows|row|rows} of sheet “{sheet}” decided",
    otherSheetResult:
      "This result is for sheet “{sheet}”, not the sheet now open. Press an item to select its rows on “{sheet}”.",
    rowsUnit: "{count|row|rows}",
    warningRows: "Rows with warnings",
    errorRows: "Rows with errors",
    selectHint: "Press an item to select its rows on the sheet.",
    selectedFirst: "Selected the first {areas} areas only.",
    selectedOneArea:
      "This Excel (before ExcelApi 1.18) cannot select rows that are apart in one go, so only rows {first}–{last} are selected.",
    template: "Insert template sheet",
    templateHint: "Adds a new sheet with headers, drop-down lists and an example row.",
    templateDoneTitle: "Sheet added",
    templateInserted: "Overwrite the example in row 2 of “{sheet}” with your licenses.",
    templateNoLists:
      "This Excel (before ExcelApi 1.8) cannot add drop-down lists, so the sheet has none: fill in values like the example's.",
    templateSheet: "Inventory template",
    confirmTitle: "Overwrite cells to the right?",
    confirmBody:
      "Columns {address}, where the results go, hold {count} {count|value|values} this add-in did not write ({rowCount|row|rows} {rows}).",
    overwrite: "Overwrite",
    writeClear: "Write to empty columns {address}",
    doneTitle: "Done",
    doneBody: "Wrote rows {first}–{last} in columns {columns}.",
    cancelledTitle: "Cancelled",
    cancelledRead: "Stopped while reading. Nothing was written to the sheet.",
    declined: "Nothing was written. Clear the result columns, then run again.",
    partialBody:
      "Rows {first}–{last} ({rows} {rows|row|rows}) are written. Rows {next}–{end} are not (an earlier run's results may still be there). Run again to rewrite every row.",
    noneWritten: "No row was written.",
    stoppedTitle: "Stopped partway",
    detail: "Details: {detail}",
  } satisfies Record<WordKey, string>,
};

/** `{n|one|other}`: "one" when the parameter n is 1, else "other" (English plurals; Japanese needs none). */
const PLURAL = /\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g;

/** A word with its {placeholders} filled; numbers are written with thousands separators. */
export function say(lang: Lang, key: WordKey, params: Readonly<Record<string, string | number>> = {}): string {
  const value = (name: string): string | number | undefined => (Object.hasOwn(params, name) ? params[name] : undefined);
  const text = WORDS[lang][key].replace(PLURAL, (_, name: string, one: string, other: string) =>
    value(name) === 1 ? one : other,
  );
  return fill(text, (name) => {
    const v = value(name);
    return typeof v === "number" ? v.toLocaleString(lang === "ja" ? "ja-JP" : "en-US") : v;
  });
}

export interface ProblemWords {
  readonly title: string;
  /** What to do about it. */
  readonly action: string;
}

export const PROBLEM_WORDS = {
  ja: {
    EMPTY_SHEET: {
      title: "シートが空です",
      action: "棚卸表のシートを開いて［再検出］を押すか、テンプレートシートを挿入してください。",
    },
    NOT_INVENTORY: {
      title: "見積と価格表のシートには書き込みません",
      action: "棚卸表のシートを開いてから書き込んでください。",
    },
    NO_HEADER: {
      title: "見出し行が見つかりません",
      action: "先頭 20 行に「製品名」「数量」などの見出しがありません。［見出し行］で見出しの行を選び、列を対応付けてください。",
    },
    NO_PRODUCT_COLUMN: {
      title: "製品名の列がありません",
      action: "［列の対応］を開いて、「製品名」に当たる列を選んでください。",
    },
    NO_DATA: { title: "データ行がありません", action: "見出し行の下に製品を 1 行以上入力してください。" },
    PROTECTED: {
      title: "シートが保護されています",
      action: "［校閲］タブの［シート保護の解除］で保護を外してから書き込んでください。",
    },
    FILTERED: {
      title: "フィルターで行が隠れています",
      action: "隠れた行にも書き込むため、［データ］タブの［クリア］でフィルターを解除してから書き込んでください。",
    },
    MERGED_INPUT: {
      title: "棚卸表の行に結合セルがあります",
      action: "結合セルの値は左上のセルにしかないため正しく読めません。結合を解除して、各行に値を入れてください。",
    },
    MERGED_TARGET: {
      title: "書き込み先に結合セルがあります",
      action: "書き込み先の列の結合を解除してから、もう一度実行してください。",
    },
    PAYLOAD: {
      title: "1 行のデータが大きすぎます",
      action: "この行のセルの文字を減らすか、Excel デスクトップ版で実行してください。",
    },
    CELL_EDIT: { title: "セルを編集中です", action: "Enter キーか Esc キーでセルの編集を終えてから、もう一度実行してください。" },
    UNSUPPORTED: {
      title: "この Excel では使えない機能です",
      action: "Excel を更新するか、Microsoft 365 の Excel か Excel on the web でブックを開いてください。",
    },
    OFFICE: {
      title: "Excel でエラーが起きました",
      action: "もう一度実行してください。続く場合はブックを保存して開き直してください。",
    },
  } satisfies Record<ProblemCode, ProblemWords>,
  en: {
    EMPTY_SHEET: {
      title: "The sheet is empty",
      action: "Open the inventory's sheet and press Detect again, or insert a template sheet.",
    },
    NOT_INVENTORY: {
      title: "Quote and price-book sheets are never written",
      action: "Open the inventory's sheet, then write.",
    },
    NO_HEADER: {
      title: "No header row found",
      action: "None of the first 20 rows has headers such as “Product” and “Qty”. Choose the header row and map the columns.",
    },
    NO_PRODUCT_COLUMN: { title: "No product column", action: "Open Columns and choose the column that holds the product name." },
    NO_DATA: { title: "No data rows", action: "Enter at least one product below the header row." },
    PROTECTED: { title: "The sheet is protected", action: "Unprotect it (Review › Unprotect Sheet), then write." },
    FILTERED: {
      title: "A filter hides rows",
      action: "Hidden rows are written too: clear the filter (Data › Clear), then write.",
    },
    MERGED_INPUT: {
      title: "Merged cells in the inventory's rows",
      action: "A merged cell's value is only in its top-left cell, so the rows cannot be read. Unmerge them and fill each row.",
    },
    MERGED_TARGET: {
      title: "Merged cells where the results go",
      action: "Unmerge the cells in the result columns and run again.",
    },
    PAYLOAD: {
      title: "One row is too large to send",
      action: "Shorten the text in this row's cells, or run in Excel for the desktop.",
    },
    CELL_EDIT: { title: "A cell is being edited", action: "Press Enter or Esc to finish editing the cell, then run again." },
    UNSUPPORTED: {
      title: "This Excel cannot do that",
      action: "Update Excel, or open the workbook in Microsoft 365 Excel or Excel on the web.",
    },
    OFFICE: {
      title: "Excel reported an error",
      action: "Run again. If it keeps happening, save the workbook and open it again.",
    },
  } satisfies Record<ProblemCode, ProblemWords>,
};

export const problemWords = (lang: Lang, code: ProblemCode): ProblemWords => PROBLEM_WORDS[lang][code];
