// Finding codes of the Microsoft Volume Licensing pack (SPEC §6, seed 001).
export const MSVL_CODES = [
  "DOWNGRADE_ALLOWED",
  "DOWNGRADE_OTHER_EDITION",
  // M1 (added): a later version, another product, or a name without version/edition to compare
  "DOWNGRADE_NOT_EARLIER",
  "DOWNGRADE_OTHER_PRODUCT",
  "DOWNGRADE_UNVERIFIED",
  "BASE_LICENSE_REQUIRED",
  // M2 (added): a base licence is said to exist (あり, "Windows 10") but its edition is not stated
  "BASE_LICENSE_UNCONFIRMED",
  "IMAGING_FORM_REQUIRED",
  "NO_PHYSICAL_MEDIA",
] as const;
export type MsvlCode = (typeof MSVL_CODES)[number];
