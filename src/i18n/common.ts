// Words for the price classes, severities and the reader's/evaluator's own codes.
import type { CommonCode, PriceClass, Severity } from "../core/codes";

export const PRICE_CLASS_WORDS = {
  ja: {
    FREE_VERSION_UP: "無償バージョンアップ",
    PREFERENTIAL: "優待価格",
    NORMAL: "通常価格",
    END_OF_USE: "利用終了",
    SUPPORT_RENEWAL: "サポート更新",
    SUPPORT_REINSTATEMENT: "サポート再開(3年経過後)",
    UNIFIED_SUPPORT_RENEWAL: "統合サポート更新",
    UPGRADE: "アップグレード",
    NO_CHANGE: "対応不要",
  } satisfies Record<PriceClass, string>,
  en: {
    FREE_VERSION_UP: "Free version-up",
    PREFERENTIAL: "Preferential price",
    NORMAL: "Normal price",
    END_OF_USE: "End of use",
    SUPPORT_RENEWAL: "Support renewal",
    SUPPORT_REINSTATEMENT: "Support reinstatement (after 3 years)",
    UNIFIED_SUPPORT_RENEWAL: "Unified support renewal",
    UPGRADE: "Upgrade",
    NO_CHANGE: "Nothing to buy",
  } satisfies Record<PriceClass, string>,
};

export const SEVERITY_WORDS = {
  ja: { error: "エラー", warning: "警告", info: "情報" } satisfies Record<Severity, string>,
  en: { error: "Error", warning: "Warning", info: "Info" } satisfies Record<Severity, string>,
};

export const COMMON_WORDS = {
  ja: {
    INVALID_QUANTITY: "列「{column}」の値「{value}」は数量として読めません(整数を入力してください。数量・年数は1以上)",
    INVALID_DATE: "列「{column}」の値「{value}」は日付として読めません(例: 2021/3/31、令和3年3月31日)",
    INVALID_VALUE: "列「{column}」の値「{value}」は読めません",
    CELL_ERROR: "列「{column}」のセルがエラー値 {value} です(数式を確認してください)",
    FORMULA_NOT_CALCULATED:
      "列「{column}」の数式 {value} に計算結果が保存されていません(Excel で開いて再計算し、保存してから実行してください)",
    TOO_LARGE: "列「{column}」の値「{value}」は大きすぎます(上限 {max})",
    MISSING_PRODUCT: "列「{column}」が空です(製品名を入力してください)",
    NOT_COVERED: "この製品はどのルールの対象でもありません(JMSS、Enterprise Architect、Microsoft ボリューム ライセンス以外)",
  } satisfies Record<CommonCode, string>,
  en: {
    INVALID_QUANTITY: "Column “{column}”: “{value}” is not a quantity (enter a whole number; Qty and Years must be 1 or more)",
    INVALID_DATE: "Column “{column}”: “{value}” is not a date (e.g. 2021/3/31, 令和3年3月31日)",
    INVALID_VALUE: "Column “{column}”: “{value}” cannot be read",
    CELL_ERROR: "Column “{column}” holds the error value {value} (check the formula)",
    FORMULA_NOT_CALCULATED:
      "Column “{column}”: the formula {value} has no calculated value saved (open the workbook in Excel, recalculate and save it, then run again)",
    TOO_LARGE: "Column “{column}”: “{value}” is too large (at most {max})",
    MISSING_PRODUCT: "Column “{column}” is empty (enter the product name)",
    NOT_COVERED: "No rule covers this product (not JMSS, Enterprise Architect or Microsoft Volume Licensing)",
  } satisfies Record<CommonCode, string>,
};
