// Finding codes of the Sparx Enterprise Architect pack (SPEC §5, seeds 003 and 004).
export const SPARX_CODES = [
  "SUPPORT_END_REQUIRED",
  "LATE_REGISTRATION",
  "REINSTATEMENT_3Y",
  "REINSTATEMENT_BY_PROCEDURE_DATE",
  "UPGRADE_NEEDS_SUPPORT",
  "UPGRADE_CODE_EXPIRED",
  "DIRECT_ONLY",
  "PACKAGE_ALL_OR_NOTHING",
  "MERGE_CUSTOMER_NUMBERS",
  "MIXED_SUPPORT_ON_MERGE",
  "MERGE_EXPIRED_UNUSABLE",
  "UNIFIED_STANDARD_MUST_UPGRADE",
  "UNIFIED_SUPPORT_REQUIRED",
  "ACADEMIC_NO_FLOATING",
  "UNIFIED_RENEWAL_NOT_ELIGIBLE",
  "PERIOD_FIXED_AT_PROCEDURE",
  // issue 3: seed 004 licence scope, and what the SPEC table leaves implicit
  "UNIFIED_MERGE_CUSTOMER_NUMBERS",
  "PARTIAL_RENEWAL_UNUSABLE",
  "RENEW_QUANTITY_OVER",
  "LENDING_CONDITIONS_UNMET",
  "TRAINING_CONDITIONS_UNMET",
  "NO_TRANSFER_WITH_DELIVERABLE",
  "PERSONAL_LICENSE_PURCHASER_ONLY",
  "VIEWING_NO_LICENSE",
] as const;
export type SparxCode = (typeof SPARX_CODES)[number];

/** Stable keys of the unmet conditions a finding names in `params.condition` (words in src/i18n/sparx.ts). */
export const SPARX_CONDITIONS = [
  // E9 統合サポート更新 (seed 004 メリット)
  "SUPPORT_GAP",
  "NOT_ALL_RENEWED",
  "TOO_FEW_LICENCES",
  // E11 ライセンスの貸与・貸出 (seed 004)
  "PROJECT_ONLY",
  "UNDER_DIRECTION",
  "OWNER_OR_PROJECT_MACHINE",
  // E12 トレーニング(研修)での使用 (seed 004)
  "FLOATING",
  "TRAINING_BY_OWNER",
  "OWNER_MACHINE",
  "TRAINING_ONLY",
] as const;
export type SparxCondition = (typeof SPARX_CONDITIONS)[number];
