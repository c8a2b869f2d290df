// J4 (seed 000 §2 (2), §4, §7 example 1, §8): JMSS clients → JobCenter CL/Win, as many as needed after migration.
import { error, info, sharedFindings } from "../../findings";
import type { Finding, Holding, Line, PriceClass } from "../../model";
import { catalogLine, catalogLines } from "./catalog";
import { packClWin } from "./clwin";
import type { Draft } from "./draft";
import { draftOf, mergeLines, ownLines, sheetOrder } from "./draft";
import { priceClassOf, pricedRules } from "./price-class";

/** A client row that cannot be decided: clients only go to CL/Win, which has no processor licence. */
function clientError(h: Holding): Finding | undefined {
  if (h.target !== undefined && h.target !== "CL/Win") return error("INVALID_VALUE", "J4", { column: "target", value: h.target });
  if (h.targetLicense === "processor") return error("INVALID_VALUE", "J4", { column: "targetLicense", value: "processor" });
  return undefined;
}

/** The CL/Win products for a number of clients: exact packing (the quote re-packs the total with prices). */
export function clWinLines(need: number, priceClass: PriceClass): Line[] {
  const { five, one } = packClWin(need);
  return [catalogLine("CL/Win 5", priceClass, five), catalogLine("CL/Win 1", priceClass, one)];
}

/**
 * Each client row needs targetQuantity (default quantity) CL/Win; the one bundled with each JobCenter MG of the plan
 * (§8: JobCenter MGに1本付属) is taken off client rows in sheet order. One draft per client, in the order given.
 */
export function decideClients(clients: readonly Holding[], mgInPlan: number): Draft[] {
  const drafts: Draft[] = new Array(clients.length);
  let bundled = mgInPlan;
  for (const i of sheetOrder(clients)) {
    const h = clients[i] as Holding;
    const bad = clientError(h);
    if (bad) {
      drafts[i] = draftOf(h, { findings: [bad] });
      continue;
    }
    const need = h.targetQuantity ?? h.quantity;
    const fromMg = Math.min(need, bundled);
    bundled -= fromMg;
    drafts[i] = decideClient(h, need, fromMg);
  }
  return drafts;
}

// Client rows take the same few counts of bundled CL/Win: share one finding per count (findings are never mutated).
const BUNDLED = new Map<number, Finding>();

function bundledFinding(count: number): Finding {
  let f = BUNDLED.get(count);
  if (f === undefined) {
    f = info("CLWIN_BUNDLED", "J4", { count });
    if (BUNDLED.size < 4096) BUNDLED.set(count, f);
  }
  return f;
}

/** A valid client row that takes `fromMg` of its `need` from the CL/Win bundled with MG. */
function decideClient(h: Holding, need: number, fromMg: number): Draft {
  const priced = priceClassOf(h, "client");
  const findings = fromMg > 0 ? sharedFindings(priced.findings, [bundledFinding(fromMg)]) : sharedFindings(priced.findings);
  const rules = pricedRules("J4", priced);
  const rest = need - fromMg;
  if (rest > 0) return draftOf(h, { lines: mergeLines(clWinLines(rest, priced.priceClass)), findings, rules });
  // Nothing to buy: the bundled CL/Win cover the row, or no client is wanted any more (the JMSS client ends).
  const lines = fromMg > 0 ? catalogLines("CL/Win bundled", "NO_CHANGE", fromMg) : ownLines(h, h.quantity, "END_OF_USE");
  return draftOf(h, { lines, findings, rules });
}
