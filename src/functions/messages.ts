// Words for what only the custom functions can get wrong: the shape of their arguments (SPEC §8). Rows speak
// through the core's findings (src/i18n); these are about the call itself.
import type { Lang } from "../core/model";
import { own } from "../core/own";
import { fillParams } from "../i18n/template";

export type CallProblem = "NOT_A_LIST" | "LONGER_THAN_FIRST" | "NO_HEADER" | "NOT_A_COUNT" | "INTERNAL";

const WORDS = {
  ja: {
    NOT_A_LIST: "引数「{arg}」は1列または1行の範囲にしてください",
    LONGER_THAN_FIRST: "引数「{arg}」({count}行) が最初の引数「{first}」({n}行) より長くなっています",
    NO_HEADER: "表の先頭20行に見出し行が見つかりません (製品名・用途・保守契約などの見出しが2つ以上ある行)",
    NOT_A_COUNT: "「{arg}」の値「{value}」は0以上の整数として読めません",
    INTERNAL: "計算できませんでした (内部エラー: {detail})",
  },
  en: {
    NOT_A_LIST: "Argument “{arg}” must be a single column or a single row",
    LONGER_THAN_FIRST: "Argument “{arg}” ({count} rows) is longer than the first argument “{first}” ({n} rows)",
    NO_HEADER:
      "No header row in the first 20 rows of the table (a row with at least two headers such as Product, Role, Maintenance)",
    NOT_A_COUNT: "“{arg}”: “{value}” is not a whole number of 0 or more",
    INTERNAL: "Could not calculate (internal error: {detail})",
  },
} as const satisfies Record<Lang, Record<CallProblem, string>>;

/** Argument names as a person reads them in each language (the parameter names of src/functions/functions.ts). */
const ARG_LABELS: Record<Lang, Record<string, string>> = {
  ja: { clients: "クライアント数", mgCount: "MG数", table: "表" },
  en: { clients: "clients", mgCount: "MG count", table: "table" },
};

export const argLabel = (name: string, lang: Lang, fallback: string = name): string => own(ARG_LABELS[lang], name) ?? fallback;

export function problemMessage(problem: CallProblem, lang: Lang, params: Record<string, string | number> = {}): string {
  return fillParams(WORDS[lang][problem], params);
}
