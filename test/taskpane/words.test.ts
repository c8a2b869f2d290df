// Issue 12, language and wording: the pane's words follow one set of rules in each language.
import { describe, expect, test } from "vitest";
import type { WordKey } from "../../src/taskpane/words";
import { PROBLEM_WORDS, say, WORDS } from "../../src/taskpane/words";
import { langFromLocale } from "../../src/i18n";

const all = (lang: "ja" | "en"): [string, string][] => [
  ...Object.entries(WORDS[lang]),
  ...Object.entries(PROBLEM_WORDS[lang]).flatMap(([code, w]) => [
    [`${code}.title`, w.title] as [string, string],
    [`${code}.action`, w.action] as [string, string],
  ]),
];

describe("Japanese", () => {
  test.each(all("ja"))("%s: full-width brackets only", (_, text) => {
    expect(text).not.toMatch(/[()[\]?]/);
  });

  test("no jargon: 区切り", () => {
    for (const [key, text] of all("ja")) expect(text, key).not.toContain("区切り");
  });
});

describe("English", () => {
  test.each(all("en"))("%s: License, spelt one way", (_, text) => {
    expect(text).not.toMatch(/licence/i);
    expect(text).not.toMatch(/\bchunk/i);
  });

  test("row and rows", () => {
    expect(say("en", "dataRows", { rows: 1 })).toBe("1 data row");
    expect(say("en", "dataRows", { rows: 1234 })).toBe("1,234 data rows");
    const body = (rows: string, rowCount: number): string =>
      say("en", "confirmBody", { address: "I:O", count: rowCount, rows, rowCount });
    expect(body("3", 1)).toBe("Columns I:O, where the results go, hold 1 value this add-in did not write (row 3).");
    expect(body("3, 5, 6", 3)).toBe("Columns I:O, where the results go, hold 3 values this add-in did not write (rows 3, 5, 6).");
  });
});

test.each(["ja", "en"] as const)("%s: a success title does not repeat its button's command", (lang) => {
  const pairs: [WordKey, WordKey][] = [
    ["doneTitle", "annotate"],
    ["quoteDoneTitle", "buildQuote"],
    ["templateDoneTitle", "template"],
  ];
  const verbs = { ja: ["書き込", "作成", "挿入"], en: ["Write", "Build", "Insert"] }[lang];
  for (const [title, button] of pairs) {
    expect(say(lang, title)).not.toContain(say(lang, button));
    for (const v of verbs) expect(say(lang, title), `${title} / ${v}`).not.toContain(v);
  }
});

test.each([
  ["ja-JP", "ja"],
  ["de-DE", "ja"],
  ["fr-FR", "ja"],
  ["zh-CN", "ja"],
  ["ko-KR", "ja"],
  ["pt-BR", "ja"],
  [undefined, "ja"],
  ["en-US", "en"],
  ["en-GB", "en"],
  ["EN-au", "en"],
] as const)("Office in %s → the pane speaks %s (Japanese unless English)", (locale, lang) => {
  expect(langFromLocale(locale)).toBe(lang);
});
