// E1, E2, E10: the new support period of an Enterprise Architect renewal, counted by month (seed 003 手順4).
import { addDays, addMonths, compareIso, endOfMonth, isEndOfMonth, startOfMonth } from "../../dates";
import { info, warn } from "../../findings";
import type { Finding, IsoDate } from "../../model";
import { RENEWAL_REGISTRATION_DAYS } from "./facts";

export interface PeriodInput {
  readonly supportEnd: IsoDate;
  /** The day the licence admin registers the code (seed 003 手順3). */
  readonly procedureDate: IsoDate;
  /** The day the renewal code (書類) was issued; without it no deadline is known. */
  readonly issueDate?: IsoDate | undefined;
  /** Years bought, default 1 (seed 003: 複数年更新). */
  readonly years?: number | undefined;
  /** Default: the procedure date. */
  readonly orderDate?: IsoDate | undefined;
}

/** How the period was counted: from the current end (E1), the procedure month or the issue month (E2). */
export type PeriodBasis = "extend" | "procedure" | "issue";

export interface PeriodResult {
  readonly end: IsoDate;
  readonly basis: PeriodBasis;
  readonly findings: Finding[];
}

/** "Valid on a day" = the support end is that day or later. */
export const isValidOn = (supportEnd: IsoDate, day: IsoDate): boolean => compareIso(supportEnd, day) >= 0;

/**
 * E1: add months to a valid period. A period that ends at a month end keeps ending at a month end
 * (seed 003: 「2021年3月末まで」→「2022年3月末まで」), so 2023-02-28 → 2024-02-29 and 2024-02-29 → 2025-02-28.
 */
export function extendPeriod(end: IsoDate, months: number): IsoDate {
  return isEndOfMonth(end) ? endOfMonth(addMonths(startOfMonth(end), months)) : addMonths(end, months);
}

/** E2: `months` whole months starting with the month of `day`: 2021-03-05, 12 → 2021-03…2022-02 → 2022-02-28. */
export function countMonthsFrom(day: IsoDate, months: number): IsoDate {
  return endOfMonth(addMonths(startOfMonth(day), months - 1));
}

/** The last day a renewal code may be registered and still count from the procedure day (seed 003). */
export const registrationDeadline = (issueDate: IsoDate): IsoDate => addDays(issueDate, RENEWAL_REGISTRATION_DAYS);

/**
 * SPEC §2: the order date defaults to the procedure date; but a code is never issued before it was ordered, so with an
 * issue date the order was at the latest that day (seed 003: valid on the order date → 12 months added to the end).
 */
export function defaultOrderDate(procedure: IsoDate, issue: IsoDate | undefined): IsoDate {
  return issue !== undefined && compareIso(issue, procedure) < 0 ? issue : procedure;
}

/**
 * The new support end of a renewal (also used by the custom function JMSS.SUPPORTEND).
 * - E1: support valid on the order date → current end + 12 × years months, whatever the issue date.
 * - E2: support ended → 12 × years months from the procedure month; a procedure after the registration
 *   deadline counts from the issue month instead (LATE_REGISTRATION).
 * - E10: an E2 period depends on the procedure date, so it cannot be fixed at quote time.
 */
export function newSupportEnd(input: PeriodInput): PeriodResult {
  const months = 12 * (input.years ?? 1);
  const orderDate = input.orderDate ?? defaultOrderDate(input.procedureDate, input.issueDate);
  if (isValidOn(input.supportEnd, orderDate)) {
    // E1 (seed 003 手順4): 発行日にかかわらず有効な期間に12ヶ月を追加
    return { end: extendPeriod(input.supportEnd, months), basis: "extend", findings: [] };
  }
  const findings: Finding[] = [info("PERIOD_FIXED_AT_PROCEDURE", "E10")];
  const issue = input.issueDate;
  if (issue !== undefined && compareIso(input.procedureDate, registrationDeadline(issue)) > 0) {
    // E2 (seed 003 手順4): 登録期限日までにお手続きをしない場合には、書類の発行日が基準日
    findings.unshift(warn("LATE_REGISTRATION", "E2", { deadline: registrationDeadline(issue) }));
    return { end: countMonthsFrom(issue, months), basis: "issue", findings };
  }
  // E2 (seed 003 手順4): お手続きが完了した日が基準となり、月単位で12ヶ月間
  return { end: countMonthsFrom(input.procedureDate, months), basis: "procedure", findings };
}
