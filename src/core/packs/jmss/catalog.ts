// seed 000 §2-§4, §7: the JobCenter products a JMSS holding migrates to, per price class. A table, because the seed is one.
import type { Line, PriceClass } from "../../model";

/** What a line buys: a JobCenter target, one of the CL/Win packs, or the CL/Win bundled with each MG. */
export type CatalogItem = "MG" | "SV/AG" | "SV/AG processor" | "CL/Win 1" | "CL/Win 5" | "CL/Win bundled";

export interface CatalogRow {
  readonly item: CatalogItem;
  readonly priceClass: PriceClass;
  /** Empty when the seed names no SKU (preferential products, CL/Win, the processor licence). */
  readonly sku: string;
  readonly product: string;
  /** The rule that names this product as a migration target. */
  readonly rule: string;
}

const MG = "WebSAM JobCenter MG for Windows/Linux R16.2";
const SV_AG = "WebSAM JobCenter SV/AG for Windows/Linux R16.2";
const CL_WIN_1 = "WebSAM JobCenter CL/Win(1 License) R16.2";
const CL_WIN_5 = "WebSAM JobCenter CL/Win(5 Licenses) R16.2";
// §4: 優待価格専用の製品 (型番) — a different product name from the normal-price one
const FOR_MIGRATION = "(JMSSからの移行用)";

export const CATALOG: readonly CatalogRow[] = [
  // §3: the version-up application names the target by SKU
  { item: "MG", priceClass: "FREE_VERSION_UP", sku: "UL1256-N00-I", product: MG, rule: "J1" },
  { item: "MG", priceClass: "PREFERENTIAL", sku: "", product: FOR_MIGRATION + MG, rule: "J1" },
  { item: "MG", priceClass: "NORMAL", sku: "UL1256-N00-I", product: MG, rule: "J1" },
  { item: "SV/AG", priceClass: "FREE_VERSION_UP", sku: "UL1256-N01-I", product: SV_AG, rule: "J1" },
  { item: "SV/AG", priceClass: "PREFERENTIAL", sku: "", product: FOR_MIGRATION + SV_AG, rule: "J1" },
  { item: "SV/AG", priceClass: "NORMAL", sku: "UL1256-N01-I", product: SV_AG, rule: "J1" },
  // §7 example 4 names it without version or SKU
  { item: "SV/AG processor", priceClass: "NORMAL", sku: "", product: "WebSAM JobCenter SV/AG プロセッサライセンス", rule: "J7" },
  { item: "CL/Win 5", priceClass: "PREFERENTIAL", sku: "", product: FOR_MIGRATION + CL_WIN_5, rule: "J4" },
  { item: "CL/Win 1", priceClass: "PREFERENTIAL", sku: "", product: FOR_MIGRATION + CL_WIN_1, rule: "J4" },
  { item: "CL/Win 5", priceClass: "NORMAL", sku: "", product: CL_WIN_5, rule: "J4" },
  { item: "CL/Win 1", priceClass: "NORMAL", sku: "", product: CL_WIN_1, rule: "J4" },
  // §8 用語集: JobCenter MGにCL/Winのライセンスが1本付属
  { item: "CL/Win bundled", priceClass: "NO_CHANGE", sku: "", product: "WebSAM JobCenter CL/Win (JobCenter MG付属)", rule: "J4" },
];

// Every line of every row looks its product up here: index the table once (the first row of an item and class wins).
const BY_ITEM = new Map<CatalogItem, Map<PriceClass, CatalogRow>>();
for (const row of CATALOG) {
  const classes = BY_ITEM.get(row.item) ?? new Map<PriceClass, CatalogRow>();
  if (!classes.has(row.priceClass)) classes.set(row.priceClass, row);
  BY_ITEM.set(row.item, classes);
}

/** The catalog row of an item at a price class; a missing row is a bug in the pack, not bad input. */
export function catalogRow(item: CatalogItem, priceClass: PriceClass): CatalogRow {
  const row = BY_ITEM.get(item)?.get(priceClass);
  if (!row) throw new Error(`JMSS catalog has no ${item} at ${priceClass}`);
  return row;
}

const ITEM_IDS: Readonly<Record<CatalogItem | "JMSS", string>> = {
  MG: "jmss:MG",
  "SV/AG": "jmss:SV/AG",
  "SV/AG processor": "jmss:SV/AG processor",
  "CL/Win 1": "jmss:CL/Win 1",
  "CL/Win 5": "jmss:CL/Win 5",
  "CL/Win bundled": "jmss:CL/Win bundled",
  JMSS: "jmss:JMSS",
};

/**
 * The id a line carries for a catalog item ("jmss:CL/Win 5"; "jmss:JMSS" for a row's own JMSS licences), so the
 * quote's J rules find their lines without reading names.
 */
export const itemId = (item: CatalogItem | "JMSS"): string => ITEM_IDS[item];

/** A line buying `quantity` of a catalog item at a price class. */
export function catalogLine(item: CatalogItem, priceClass: PriceClass, quantity: number): Line {
  const { sku, product } = catalogRow(item, priceClass);
  return { sku, product, quantity, priceClass, item: itemId(item) };
}

/** J13: the free version-up targets, one application each (MG and SV/AG cannot share one, seed 000 §3 (2)). */
export const VERSION_UP_TARGETS: readonly CatalogRow[] = CATALOG.filter((r) => r.priceClass === "FREE_VERSION_UP");

// seed 000 §3 (1): 【連絡欄】
export const VERSION_UP_APPLICATION_HEADER = "JMSSの販売終了に伴うJobCenterへのライセンス移行の申請";

/** J13: the 連絡欄 text of one version-up application. */
export function versionUpApplicationText(sku: string, product: string): string {
  return `${VERSION_UP_APPLICATION_HEADER}\n${sku} ${product} の提供希望`;
}
