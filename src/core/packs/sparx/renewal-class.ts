// E3: サポート更新 or サポート再開(3年経過後), judged on the procedure date, not the order date (seed 003 手順1).
import { addDays, addMonths, compareIso } from "../../dates";
import { warn } from "../../findings";
import type { Finding, IsoDate } from "../../model";
import { MAX_DELIVERY_DAYS, REINSTATEMENT_YEARS, RENEWAL_REGISTRATION_DAYS } from "./facts";
import { isValidOn } from "./support-period";

export type RenewalClass = "SUPPORT_RENEWAL" | "SUPPORT_REINSTATEMENT";

/**
 * The first day on which 3 years have passed since support ended. Support ending 2018-03-31 covers that whole
 * day, so 3 years have passed from 2021-04-01 on.
 */
export function reinstatementFrom(supportEnd: IsoDate): IsoDate {
  // Months first, then the day: support ending 2020-02-28 has passed 3 years on 2023-03-01, not on 2023-02-28.
  return addDays(addMonths(supportEnd, 12 * REINSTATEMENT_YEARS), 1);
}

/**
 * The price class of a renewal (also used by the custom function JMSS.RENEWALCLASS). Support valid on the
 * order date is a plain renewal (E1); otherwise 3 years or more between the end and the procedure → reinstatement.
 */
export function renewalClass(supportEnd: IsoDate, procedureDate: IsoDate, orderDate: IsoDate = procedureDate): RenewalClass {
  if (isValidOn(supportEnd, orderDate)) return "SUPPORT_RENEWAL";
  return compareIso(procedureDate, reinstatementFrom(supportEnd)) >= 0 ? "SUPPORT_REINSTATEMENT" : "SUPPORT_RENEWAL";
}

export interface ClassFacts {
  readonly supportEnd: IsoDate;
  readonly procedureDate: IsoDate;
  readonly orderDate: IsoDate;
  readonly asOf: IsoDate;
  /** False when the procedure date was not in the inventory (then it is only an estimate). */
  readonly procedureGiven: boolean;
}

/**
 * E3's warnings. REINSTATEMENT_3Y when the class is a reinstatement. REINSTATEMENT_BY_PROCEDURE_DATE when the
 * order date is under 3 years but the procedure or as-of date is not, or — the procedure date being unknown —
 * the 3 years run out before the latest possible procedure (60 days' delivery + 30 days' registration, seed 003).
 */
export function reinstatementFindings(f: ClassFacts): Finding[] {
  if (isValidOn(f.supportEnd, f.orderDate)) return [];
  const from = reinstatementFrom(f.supportEnd);
  const crossed = (day: IsoDate): boolean => compareIso(day, from) >= 0;
  const findings: Finding[] = [];
  if (crossed(f.procedureDate)) findings.push(warn("REINSTATEMENT_3Y", "E3", { from }));
  if (crossed(f.orderDate)) return findings;
  const latestProcedure = addDays(f.orderDate, MAX_DELIVERY_DAYS + RENEWAL_REGISTRATION_DAYS);
  if (crossed(f.procedureDate) || crossed(f.asOf) || (!f.procedureGiven && crossed(latestProcedure))) {
    findings.push(warn("REINSTATEMENT_BY_PROCEDURE_DATE", "E3", { from }));
  }
  return findings;
}
