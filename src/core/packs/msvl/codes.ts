// Finding codes of the Microsoft Volume Licensing pack (SPEC §6, seed 001).
export const MSVL_CODES = [
  "DOWNGRADE_ALLOWED",
  "DOWNGRADE_OTHER_EDITION",
  "BASE_LICENSE_REQUIRED",
  "IMAGING_FORM_REQUIRED",
  "NO_PHYSICAL_MEDIA",
] as const;
export type MsvlCode = (typeof MSVL_CODES)[number];
