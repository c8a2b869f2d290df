// Which rows are Enterprise Architect, their edition, and the product names of the lines we write.
import { word } from "../../inventory/normalise";
import type { Holding, PriceClass } from "../../model";

// Conservative: the full name (Latin or katakana), or "EA" as a word next to an edition or "Sparx".
const FULL_NAME = /enterprise\s*architect|エンタープライズ[・\s]?アーキテクト/;
const EDITION_WORD =
  "professional|corporate|unified|ultimate|desktop|プロフェッショナル|コーポレート|ユニファイド|アルティメット|デスクトップ";
const EA_WITH_EDITION = new RegExp(`(^|[\\s(\\[/])ea\\s*(v?\\d+(\\.\\d+)*\\s*)?(${EDITION_WORD})`);
const SPARX_EA = /sparx(\s*systems)?(\s*japan)?\s+ea(\s|\d|$)/;

/** True for "Enterprise Architect …" in any edition, "EA Corporate", "Sparx EA 16"; never for a bare "EA". */
export function isEnterpriseArchitect(product: string): boolean {
  const w = word(product);
  return FULL_NAME.test(w) || EA_WITH_EDITION.test(w) || SPARX_EA.test(w);
}

const EDITIONS: readonly (readonly [RegExp, string])[] = [
  [/professional|プロフェッショナル/, "Professional"],
  [/corporate|コーポレート/, "Corporate"],
  [/unified|ユニファイド/, "Unified"],
  [/ultimate|アルティメット/, "Ultimate"],
  [/desktop|デスクトップ/, "Desktop"],
];

/** The editions named in the product cell, in the order written ("Professional→Corporate" for an upgrade), or "". */
export function editionOf(product: string): string {
  const w = word(product);
  const found = EDITIONS.flatMap(([re, name]) => {
    const at = w.search(re);
    return at < 0 ? [] : [{ at, name }];
  });
  return found
    .sort((a, b) => a.at - b.at)
    .map((e) => e.name)
    .join("→");
}

const LICENSE_TYPE_NAME: Partial<Record<NonNullable<Holding["licenseType"]>, string>> = {
  floating: "フローティングライセンス",
  standard: "スタンダードライセンス",
  academic: "アカデミックライセンス",
};

const CLASS_SUFFIX: Partial<Record<PriceClass, string>> = {
  SUPPORT_RENEWAL: "サポート更新",
  SUPPORT_REINSTATEMENT: "サポート再開(3年経過後)",
  UNIFIED_SUPPORT_RENEWAL: "統合サポート更新",
  UPGRADE: "アップグレード",
};

/** The product's name, as lines write it and as a row must say to be claimed by this pack. */
export const EA_PRODUCT_NAME = "Enterprise Architect";

/** The item id of every EA line (Line.item). */
export const EA_ITEM = "sparx:EA";

/** A line's product: "Enterprise Architect Corporate フローティングライセンス サポート更新" (catalog words, not UI). */
export function lineProduct(h: Holding, priceClass: PriceClass): string {
  const type = h.licenseType === undefined ? undefined : LICENSE_TYPE_NAME[h.licenseType];
  return [EA_PRODUCT_NAME, editionOf(h.product), type, CLASS_SUFFIX[priceClass]].filter((s) => s).join(" ");
}

/** Rows that are "one package" for E6: the SKU when given, else the edition and licence type. */
export function packageKey(h: Holding): string {
  return h.sku !== undefined ? `sku:${word(h.sku)}` : `ea:${editionOf(h.product)}:${h.licenseType ?? ""}`;
}
