// Japanese: the default language. Typed against the codes, so a missing word is a compile error.
import type { FindingCode } from "../core/codes";
import { COMMON_WORDS, PRICE_CLASS_WORDS, SEVERITY_WORDS } from "./common";
import { JMSS_WORDS } from "./jmss";
import { MSVL_WORDS } from "./msvl";
import { SPARX_WORDS } from "./sparx";

export const ja = {
  priceClass: PRICE_CLASS_WORDS.ja,
  severity: SEVERITY_WORDS.ja,
  findings: {
    ...COMMON_WORDS.ja,
    ...JMSS_WORDS.ja,
    ...SPARX_WORDS.ja,
    ...MSVL_WORDS.ja,
  } satisfies Record<FindingCode, string>,
};
