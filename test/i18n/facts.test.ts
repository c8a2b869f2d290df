// One home per vendor figure: the sentences take the JMSS end of support, the EA day and year limits and the end of
// physical media from the packs' data tables (packs/*/facts.ts), never from a copy of their own.
import { describe, expect, test } from "vitest";
import { info, warn } from "../../src/core/findings";
import { JMSS_SUPPORT_LAST_DAY } from "../../src/core/packs/jmss/facts";
import { PHYSICAL_MEDIA_END } from "../../src/core/packs/msvl/facts";
import * as SPARX from "../../src/core/packs/sparx/facts";
import { findingMessage, WORDS } from "../../src/i18n";
import { SPARX_CONDITION_WORDS } from "../../src/i18n/sparx";

const sentences = (["ja", "en"] as const).flatMap((lang) => [
  ...Object.values(WORDS[lang].findings),
  ...Object.values(SPARX_CONDITION_WORDS[lang]),
]);

describe("vendor figures in the words", () => {
  test("no sentence writes a figure of its own: each names it as a placeholder", () => {
    // 「サポート再開(3年経過後)」 is a product's name (SPEC §1 price class) and 令和3年3月31日 an example date: no figures
    const withoutProductNames = sentences.map((s) =>
      s.replaceAll("3年経過後", "").replaceAll("after 3 years", "").replaceAll("令和3年3月31日", ""),
    );
    const copies = [
      "2025年12月",
      "December 2025",
      "2018年5月1日",
      "2018-05-01",
      `${SPARX.RENEWAL_REGISTRATION_DAYS}日`,
      `${SPARX.UPGRADE_REGISTRATION_DAYS}日`,
      `+ ${SPARX.RENEWAL_REGISTRATION_DAYS} days`,
      `+ ${SPARX.UPGRADE_REGISTRATION_DAYS} days`,
      `${SPARX.REINSTATEMENT_YEARS}年`,
      `${SPARX.REINSTATEMENT_YEARS} or more years`,
      `${SPARX.UNIFIED_RENEWAL_MIN_LICENSES}未満`,
      `fewer than ${SPARX.UNIFIED_RENEWAL_MIN_LICENSES}`,
    ];
    for (const copy of copies)
      expect(
        withoutProductNames.filter((s) => s.includes(copy)),
        copy,
      ).toEqual([]);
  });

  test("the sentences say the figures of the data tables", () => {
    const [y, m] = JMSS_SUPPORT_LAST_DAY.split("-").map(Number);
    expect(findingMessage(info("JMSS_EOS", "J14"), "ja")).toContain(`${y}年${m}月で終了`);
    expect(findingMessage(info("NO_PHYSICAL_MEDIA", "M4"), "en")).toContain(PHYSICAL_MEDIA_END);
    const late = findingMessage(warn("LATE_REGISTRATION", "E2", { deadline: "2021-04-14" }), "ja");
    expect(late).toContain(`発行日から${SPARX.RENEWAL_REGISTRATION_DAYS}日`);
    const expired = findingMessage(warn("UPGRADE_CODE_EXPIRED", "E4", { deadline: "2021-06-29" }), "en");
    expect(expired).toContain(`issue date + ${SPARX.UPGRADE_REGISTRATION_DAYS} days`);
    const few = findingMessage(info("UNIFIED_RENEWAL_NOT_ELIGIBLE", "E9", { condition: "TOO_FEW_LICENCES" }), "ja");
    expect(few).toContain(`更新するライセンスが${SPARX.UNIFIED_RENEWAL_MIN_LICENSES}未満`);
  });

  test("a param named like a word of Object.prototype is no param, and no figure", () => {
    expect(findingMessage(warn("POOL_EXCEEDED", "J3", { count: 2 }), "en")).not.toContain("function");
    expect(findingMessage(info("UNIFIED_RENEWAL_NOT_ELIGIBLE", "E9", { condition: "constructor" }), "ja")).toContain(
      "constructor",
    );
  });
});
