// Every machine code the product speaks (SPEC §1). Words live in src/i18n; a code without words does not compile.
import { JMSS_CODES } from "./packs/jmss/codes";
import { MSVL_CODES } from "./packs/msvl/codes";
import { SPARX_CODES } from "./packs/sparx/codes";

export const PRICE_CLASSES = [
  "FREE_VERSION_UP",
  "PREFERENTIAL",
  "NORMAL",
  "END_OF_USE",
  "SUPPORT_RENEWAL",
  "SUPPORT_REINSTATEMENT",
  "UNIFIED_SUPPORT_RENEWAL",
  "UPGRADE",
  "NO_CHANGE",
] as const;
export type PriceClass = (typeof PRICE_CLASSES)[number];

export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];
/** Errors first, then warnings, then info: the order findings are shown in. */
export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Codes of the reader (SPEC §2) and of the evaluator itself. */
export const COMMON_CODES = [
  "INVALID_QUANTITY",
  "INVALID_DATE",
  "INVALID_VALUE",
  "CELL_ERROR",
  "FORMULA_NOT_CALCULATED",
  "TOO_LARGE",
  "MISSING_PRODUCT",
  "NOT_COVERED",
] as const;

export const FINDING_CODES = [...COMMON_CODES, ...JMSS_CODES, ...SPARX_CODES, ...MSVL_CODES] as const;
export type FindingCode = (typeof FINDING_CODES)[number];
export type CommonCode = (typeof COMMON_CODES)[number];
