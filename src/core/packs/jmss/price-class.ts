// seed 000 §2-§4, §6 Q1/Q8: the price class of a row's own licences. First hit wins, so row order is precedence.
import type { FindingCode } from "../../codes";
import { warn } from "../../findings";
import type { Finding, Holding, PriceClass } from "../../model";

export type PricedKind = "base" | "client";

export interface PriceRow {
  readonly rule: string;
  /** Which rows the line applies to; both when absent. */
  readonly only?: PricedKind;
  readonly when: (h: Holding) => boolean;
  readonly then: PriceClass;
  readonly note?: FindingCode;
}

export const PRICE_CLASS: readonly PriceRow[] = [
  // Q8: 月額ライセンス製品には適用されません
  { rule: "J10", when: (h) => h.licenseType === "monthly", then: "NORMAL", note: "MONTHLY_NOT_ELIGIBLE" },
  // Q1: 初回移行時のみ１回限り
  { rule: "J6", when: (h) => h.migrated === true, then: "NORMAL", note: "ONE_TIME_USED" },
  // §2 (2): JMSSクライアントはライセンスフリーのため、保守契約に関わらず優待価格
  { rule: "J4", only: "client", when: () => true, then: "PREFERENTIAL" },
  // §2 (1): 保守契約済みの場合は無償バージョンアップ、保守未契約の場合は優待価格
  { rule: "J2", only: "base", when: (h) => h.maintenance === true, then: "FREE_VERSION_UP" },
  { rule: "J2", only: "base", when: (h) => h.maintenance === false, then: "PREFERENTIAL" },
  // Unknown maintenance: quote the price rather than assume free (SPEC §4 J2)
  { rule: "J2", only: "base", when: () => true, then: "PREFERENTIAL", note: "MAINTENANCE_UNKNOWN" },
];

export interface Priced {
  readonly priceClass: PriceClass;
  readonly rule: string;
  /** The table row's note, if it has one (made once: every row it prices shares it). */
  readonly findings: readonly Finding[];
  /** The migration benefit applies (J2/J4); false when J10 or J6 made the row NORMAL. */
  readonly eligible: boolean;
}

// The answer of each table row, made once: it depends on the table row alone.
const PRICED: readonly Priced[] = PRICE_CLASS.map((r) => ({
  priceClass: r.then,
  rule: r.rule,
  findings: r.note ? [warn(r.note, r.rule)] : [],
  eligible: r.then !== "NORMAL",
}));

export function priceClassOf(h: Holding, kind: PricedKind): Priced {
  for (let i = 0; i < PRICE_CLASS.length; i++) {
    const r = PRICE_CLASS[i];
    if (r && (r.only === undefined || r.only === kind) && r.when(h)) return PRICED[i] as Priced;
  }
  // The last row of each kind matches everything, so a miss is a bug in the table.
  throw new Error(`JMSS price-class table has no row for a ${kind} row`);
}
