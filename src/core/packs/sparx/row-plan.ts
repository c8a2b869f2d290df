// One EA row while the pack decides it: its resolved dates, what it buys, and the reasons collected so far.
import { compareIso } from "../../dates";
import type { Context, Finding, Holding, IsoDate, PriceClass } from "../../model";
import { defaultOrderDate, isValidOn } from "./support-period";

export interface RowDates {
  /** The procedure (registration) date: the row's, else the as-of date — never before the order or issue date. */
  readonly procedure: IsoDate;
  /** The order date: the row's, else the procedure date (SPEC §2). */
  readonly order: IsoDate;
  readonly procedureGiven: boolean;
}

/** What a row is about: a renewal (the default for EA, SPEC §2), an upgrade, or viewing only (no licence). */
export type RowKind = "renew" | "upgrade" | "viewing";

export interface RowPlan {
  readonly holding: Holding;
  readonly dates: RowDates;
  readonly kind: RowKind;
  readonly years: number;
  /** Licences renewed (更新ライセンス数, default all the row holds). */
  readonly renewCount: number;
  /** What the row buys; undefined = nothing decided yet (an error, or nothing to buy). */
  priceClass: PriceClass | undefined;
  quantity: number;
  supportEnd: IsoDate | null;
  /** E1 (valid on the order date, no gap) or E2 (support had ended); only for renewals. */
  path: "extend" | "resume" | undefined;
  readonly findings: Finding[];
  readonly rules: string[];
}

const later = (a: IsoDate, b: IsoDate | undefined): IsoDate => (b !== undefined && compareIso(b, a) > 0 ? b : a);

/** SPEC §2 defaults; a procedure cannot happen before the order or the code's issue, so the default waits for them. */
export function resolveDates(h: Holding, ctx: Context): RowDates {
  const procedure = h.procedureDate ?? later(later(ctx.asOf, h.orderDate), h.issueDate);
  return {
    procedure,
    order: h.orderDate ?? defaultOrderDate(procedure, h.issueDate),
    procedureGiven: h.procedureDate !== undefined,
  };
}

export function newPlan(h: Holding, ctx: Context): RowPlan {
  const kind: RowKind = h.useCase === "viewing" ? "viewing" : (h.action ?? "renew");
  return {
    holding: h,
    dates: resolveDates(h, ctx),
    kind,
    years: h.years ?? 1,
    renewCount: kind === "renew" ? (h.renewQuantity ?? h.quantity) : 0,
    priceClass: undefined,
    quantity: 0,
    supportEnd: null,
    path: undefined,
    findings: [],
    rules: [],
  };
}

/** Support valid on a day (the order date for E9, the as-of date for merging, E7/E8); undefined when not known. */
export function validOn(p: RowPlan, day: IsoDate): boolean | undefined {
  const end = p.holding.supportEnd;
  return end === undefined ? undefined : isValidOn(end, day);
}
