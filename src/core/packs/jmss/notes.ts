// J9, J11, J12, J14 (seed 000 intro, §5, §6 Q4/Q6/Q7): what a person must know once the lines are decided.
import { hasError, info, warn } from "../../findings";
import type { Context, IsoDate } from "../../model";
import type { Draft } from "./draft";
import type { RowKind } from "./products";

// Intro: JMSSは2025年12月に製品サポートを終了
export const JMSS_SUPPORT_LAST_DAY = "2025-12-31" as IsoDate;

const BUYS = new Set(["FREE_VERSION_UP", "PREFERENTIAL", "NORMAL"]);

/** JobCenter MG licences in the plan (each also brings one CL/Win, §8). */
export function mgInPlan(drafts: readonly Draft[]): number {
  return drafts
    .filter((d) => d.target === "MG")
    .flatMap((d) => d.lines)
    .filter((l) => BUYS.has(l.priceClass))
    .reduce((n, l) => n + l.quantity, 0);
}

/** Add the cross-row and row-level notes to every claimed row's draft (in place). */
export function addNotes(drafts: readonly Draft[], kinds: ReadonlyMap<number, RowKind>, ctx: Context): void {
  const noMg = mgInPlan(drafts) === 0;
  for (const d of drafts) {
    // J14: info while support lasts, a warning once it has ended
    const eos = ctx.asOf <= JMSS_SUPPORT_LAST_DAY ? info("JMSS_EOS", "J14") : warn("JMSS_EOS", "J14");
    d.findings.push(eos);
    if (hasError(d.findings)) continue;
    // J9, Q4: 構成上はJobCenter MGが最低1台必要
    if (noMg && d.target === "SV/AG" && d.lines.some((l) => BUYS.has(l.priceClass))) d.findings.push(warn("NO_MG", "J9"));
    // J11, §5, Q6: maintenance does not carry over; clients are licence-free and carry no contract of their own
    if (d.holding.maintenance === true && kinds.get(d.holding.row) !== "client") {
      d.findings.push(warn("MAINTENANCE_NOT_TRANSFERRED", "J11"));
    }
    // J12, Q7: バージョンアップ後はJMSSを継続して使用することはできません
    if (d.lines.some((l) => l.priceClass === "FREE_VERSION_UP")) d.findings.push(info("JMSS_STOPS_AFTER_VERSION_UP", "J12"));
  }
}
