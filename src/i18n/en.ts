// English: used when Office's display language is English or with --lang en.
import type { FindingCode } from "../core/codes";
import { COMMON_WORDS, PRICE_CLASS_WORDS, SEVERITY_WORDS } from "./common";
import { JMSS_WORDS } from "./jmss";
import { MSVL_WORDS } from "./msvl";
import { SPARX_WORDS } from "./sparx";

export const en = {
  priceClass: PRICE_CLASS_WORDS.en,
  severity: SEVERITY_WORDS.en,
  findings: {
    ...COMMON_WORDS.en,
    ...JMSS_WORDS.en,
    ...SPARX_WORDS.en,
    ...MSVL_WORDS.en,
  } satisfies Record<FindingCode, string>,
};
