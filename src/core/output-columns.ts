// SPEC §3: the output columns the add-in owns, in order, with their headers in both languages.
export const OUTPUT_COLUMNS = [
  { key: "targetSku", ja: "移行先型番", en: "Target SKU" },
  { key: "targetProduct", ja: "移行先製品", en: "Target product" },
  { key: "targetQuantity", ja: "移行数量", en: "Target qty" },
  { key: "priceClass", ja: "価格区分", en: "Price class" },
  { key: "supportEnd", ja: "新サポート期限", en: "New support end" },
  { key: "warnings", ja: "警告", en: "Warnings" },
  { key: "rules", ja: "根拠", en: "Rules" },
] as const;
export type OutputKey = (typeof OUTPUT_COLUMNS)[number]["key"];

/** 新サポート期限 is a real Excel date (SPEC §3) shown in this format, by the pane and the CLI alike. */
export const OUTPUT_DATE_FORMAT = "yyyy/mm/dd";
