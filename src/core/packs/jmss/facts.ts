// NEC's figures for the JMSS → JobCenter migration (seed 000), beside the catalog (catalog.ts: SKUs and product
// names): the one place to change one when NEC does. The rules and the messages both take them from here.
import type { IsoDate } from "../../model";

/** Intro: JMSSは2025年12月に製品サポートを終了 — the last day of support. */
export const JMSS_SUPPORT_LAST_DAY = "2025-12-31" as IsoDate;
