// J4 (seed 000 §2 (2), §4, §7 example 1, §8): JMSS clients → JobCenter CL/Win, as many as needed after migration.
import { error, info } from "../../findings";
import type { Finding, Holding, Line, PriceClass } from "../../model";
import { catalogLine } from "./catalog";
import { packClWin } from "./clwin";
import type { Draft } from "./lines";
import { mergeLines, ownLine } from "./lines";
import type { Priced } from "./price-class";
import { priceClassOf } from "./price-class";
import { Memo } from "../../shared";

/** A client row that cannot be decided: clients only go to CL/Win, which has no processor licence. */
export function clientError(h: Holding): Finding | undefined {
  if (h.target !== undefined && h.target !== "CL/Win") return error("INVALID_VALUE", "J4", { column: "target", value: h.target });
  if (h.targetLicense === "processor") return error("INVALID_VALUE", "J4", { column: "targetLicense", value: "processor" });
  return undefined;
}

/** The CL/Win products for a number of clients: exact packing (the quote re-packs the total with prices). */
export function clWinLines(need: number, priceClass: PriceClass): Line[] {
  const { five, one } = packClWin(need);
  return [catalogLine("CL/Win 5", priceClass, five), catalogLine("CL/Win 1", priceClass, one)];
}

// Client rows take the same few counts of bundled CL/Win: one finding per count, so rows alike share their decision.
const BUNDLED = new Memo<number, Finding>();
const bundled = (count: number): Finding => info("CLWIN_BUNDLED", "J4", { count });

/** A valid client row: how many CL/Win it needs after migration (targetQuantity, default quantity), and its class. */
export interface ClientPlan {
  readonly holding: Holding;
  readonly need: number;
  readonly priced: Priced;
}

export const planClient = (h: Holding): ClientPlan => ({
  holding: h,
  need: h.targetQuantity ?? h.quantity,
  priced: priceClassOf(h, "client"),
});

/**
 * A client row that takes `fromMg` of its need from the CL/Win bundled with the plan's JobCenter MG (§8: JobCenter MG
 * に1本付属; taken by client rows in sheet order, see the pack).
 */
export function decideClient(p: ClientPlan, fromMg: number): Draft {
  const h = p.holding;
  const findings = fromMg > 0 ? [...p.priced.findings, BUNDLED.get(fromMg, bundled)] : p.priced.findings;
  const rules = ["J4", p.priced.rule];
  const rest = p.need - fromMg;
  if (rest > 0) return { lines: mergeLines(clWinLines(rest, p.priced.priceClass)), findings, rules };
  // Nothing to buy: the bundled CL/Win cover the row, or no client is wanted any more (the JMSS client ends).
  const lines = fromMg > 0 ? [catalogLine("CL/Win bundled", "NO_CHANGE", fromMg)] : [ownLine(h, h.quantity, "END_OF_USE")];
  return { lines: mergeLines(lines), findings, rules };
}
