// J4 (seed 000 §2 (2), §4, §7 example 1): how many CL/Win 5-License and 1-License products buy a number of clients.

export interface ClWinPacking {
  readonly five: number;
  readonly one: number;
  /** Licences bought beyond the need (only when prices make a larger mix cheaper). */
  readonly extra: number;
}

export interface ClWinPrices {
  readonly one?: number;
  readonly five?: number;
}

const isPrice = (p: number | undefined): p is number => p !== undefined && Number.isFinite(p) && p >= 0;

/**
 * Pack exactly the need — as many 5-License products as fit, the rest 1-License (6 → 5×1 + 1×1, 7 → 5×1 + 1×2) —
 * unless both unit prices are given and another mix is cheaper; a tie keeps the exact packing.
 * `need` must be a non-negative integer (callers validate user input; anything else is a bug).
 */
export function packClWin(need: number, prices?: ClWinPrices): ClWinPacking {
  if (!Number.isSafeInteger(need) || need < 0) throw new RangeError(`CL/Win need must be a non-negative integer, got ${need}`);
  const exact: ClWinPacking = { five: Math.floor(need / 5), one: need % 5, extra: 0 };
  const one = prices?.one;
  const five = prices?.five;
  if (!isPrice(one) || !isPrice(five)) return exact;
  // Cost is linear in the number of 5-packs up to the exact packing, so the cheapest mix is one of three:
  // the exact packing, all 1-License (5-packs dearer than five singles), or one more 5-pack instead of the rest.
  const roundUp: ClWinPacking = { five: Math.ceil(need / 5), one: 0, extra: Math.ceil(need / 5) * 5 - need };
  const allOnes: ClWinPacking = { five: 0, one: need, extra: 0 };
  const cost = (p: ClWinPacking): number => p.five * five + p.one * one;
  let best = exact;
  for (const mix of [roundUp, allOnes]) if (cost(mix) < cost(best)) best = mix;
  return best;
}

/** The breakdown as a person writes it: `5×1, 1×2` (JMSS.CLWIN). Empty packs are left out; nothing → `0`. */
export function clWinText(p: ClWinPacking): string {
  const parts = [...(p.five > 0 ? [`5×${p.five}`] : []), ...(p.one > 0 ? [`1×${p.one}`] : [])];
  return parts.length > 0 ? parts.join(", ") : "0";
}
