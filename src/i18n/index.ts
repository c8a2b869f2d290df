// Codes → words. The only place that turns a finding into a sentence.
import type { PriceClass, Severity } from "../core/codes";
import { COLUMNS } from "../core/inventory/headers";
import type { Finding, Lang } from "../core/model";
import { Memo } from "../core/shared";
import { en } from "./en";
import { ja } from "./ja";
import { factWord } from "./facts";
import { conditionWord } from "./sparx";
import { fill } from "./template";
import { own } from "../core/own";

export const WORDS = { ja, en } as const;

const COLUMN_LABELS = new Map(COLUMNS.map((c) => [c.key as string, c.label]));

export function columnLabel(key: string, lang: Lang): string {
  return COLUMN_LABELS.get(key)?.[lang] ?? key;
}

export const priceClassLabel = (code: PriceClass, lang: Lang): string => WORDS[lang].priceClass[code];
export const severityLabel = (s: Severity, lang: Lang): string => WORDS[lang].severity[s];

// Inventories repeat the same few findings on thousands of rows: a finding without params is worded once per code.
const PLAIN = { ja: new Memo<Finding["code"], string>(), en: new Memo<Finding["code"], string>() };

/** The finding's sentence, with `{param}` filled in (a `column` param is shown as its header). */
export function findingMessage(f: Finding, lang: Lang): string {
  if (f.params !== undefined) return fillMessage(f, lang);
  return PLAIN[lang].get(f.code, () => fillMessage(f, lang));
}

function fillMessage(f: Finding, lang: Lang): string {
  return fill(WORDS[lang].findings[f.code], (name) => {
    const v = f.params && own(f.params, name);
    if (v === undefined) return name === "value" ? "" : factWord(name, lang);
    if (name === "condition") return conditionWord(String(v), lang);
    return name === "column" ? columnLabel(String(v), lang) : String(v);
  });
}

/** Office reports languages as BCP 47 tags ("ja-JP", "en-US"): English only when it says English. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith("en") ? "en" : "ja";
}
