// J9, J11, J12, J14 (seed 000 intro, §5, §6 Q4/Q6/Q7): what a person must know once the lines are decided.
import { decided, decidedForRow } from "../../decision";
import { hasError, info, warn } from "../../findings";
import type { Context, Decision, Finding, Holding, Line } from "../../model";
import { JMSS_SUPPORT_LAST_DAY } from "./facts";
import type { BaseTarget, Draft } from "./lines";
import type { RowKind } from "./products";

const BUYS = new Set(["FREE_VERSION_UP", "PREFERENTIAL", "NORMAL"]);

// The notes carry no row-specific params, so every row shares one finding of each (findings are never mutated).
const EOS_WHILE_SUPPORTED = info("JMSS_EOS", "J14");
const EOS_ENDED = warn("JMSS_EOS", "J14");
const NO_MG = warn("NO_MG", "J9");
const MAINTENANCE_NOT_TRANSFERRED = warn("MAINTENANCE_NOT_TRANSFERRED", "J11");
const JMSS_STOPS_AFTER_VERSION_UP = info("JMSS_STOPS_AFTER_VERSION_UP", "J12");

const buys = (l: Line): boolean => BUYS.has(l.priceClass);
const isFreeVersionUp = (l: Line): boolean => l.priceClass === "FREE_VERSION_UP";

/** What the notes need to know of a row besides its draft. */
export interface RowFacts {
  readonly holding: Holding;
  readonly kind: RowKind;
  /** The JobCenter server product a base row migrates to (none for other rows, or a base row in error). */
  readonly target: BaseTarget | undefined;
}

/** JobCenter MG licences a row's draft buys (each also brings one CL/Win, §8). */
export function mgBought(draft: Draft, facts: RowFacts): number {
  if (facts.target !== "MG") return 0;
  return draft.lines.reduce((n, l) => (buys(l) ? n + l.quantity : n), 0);
}

/**
 * A row's decision: its draft with the row-level notes added, then the rules that fired. `noMg`: the plan has no
 * JobCenter MG at all (J9).
 */
export function finish(draft: Draft, facts: RowFacts, noMg: boolean, ctx: Context): Decision {
  const ok = !hasError(draft.findings);
  const notes: Finding[] = [
    // J14: info while support lasts, a warning once it has ended
    ctx.asOf <= JMSS_SUPPORT_LAST_DAY ? EOS_WHILE_SUPPORTED : EOS_ENDED,
  ];
  // J9, Q4: 構成上はJobCenter MGが最低1台必要
  if (ok && noMg && facts.target === "SV/AG" && draft.lines.some(buys)) notes.push(NO_MG);
  // J11, §5, Q6: maintenance does not carry over; clients are licence-free and carry no contract of their own
  if (ok && facts.holding.maintenance === true && facts.kind !== "client") notes.push(MAINTENANCE_NOT_TRANSFERRED);
  // J12, Q7: バージョンアップ後はJMSSを継続して使用することはできません
  if (ok && draft.lines.some(isFreeVersionUp)) notes.push(JMSS_STOPS_AFTER_VERSION_UP);
  const init = { lines: draft.lines, findings: [...draft.findings, ...notes], rules: draft.rules };
  return draft.own ? decidedForRow(init) : decided(init);
}
