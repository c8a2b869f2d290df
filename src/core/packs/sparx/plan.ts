// What one EA holding decides on its own (E1–E6, E10, E15, E16, and E11–E14's licence scope): its dates, what it
// buys, and why. The rules that look across the sheet's rows (pack.ts) start from this.
import { compareIso } from "../../dates";
import type { Context, Finding, Holding, IsoDate, PriceClass } from "../../model";
import { decideAlone } from "./decide-row";
import { scopeFindings } from "./scope";
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

/** A holding's facts before any rule: what it is about and its dates. */
export interface PlanBase {
  readonly holding: Holding;
  readonly dates: RowDates;
  readonly kind: RowKind;
  readonly years: number;
  /** Licences renewed (更新ライセンス数, default all the row holds). */
  readonly renewCount: number;
}

/** What a holding decides alone. */
export interface Outcome {
  /** What the row buys; undefined = nothing decided (an error stopped it). */
  readonly priceClass: PriceClass | undefined;
  readonly quantity: number;
  readonly supportEnd: IsoDate | null;
  /** E1 (valid on the order date, no gap) or E2 (support had ended); only for renewals. */
  readonly path: "extend" | "resume" | undefined;
  readonly findings: readonly Finding[];
  readonly rules: readonly string[];
}

export interface SparxPlan extends PlanBase, Outcome {
  /** E11–E14: who may use the licence (said after the sheet's own findings). */
  readonly scope: readonly Finding[];
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

export function planHolding(h: Holding, ctx: Context): SparxPlan {
  const kind: RowKind = h.useCase === "viewing" ? "viewing" : (h.action ?? "renew");
  const base: PlanBase = {
    holding: h,
    dates: resolveDates(h, ctx),
    kind,
    years: h.years ?? 1,
    renewCount: kind === "renew" ? (h.renewQuantity ?? h.quantity) : 0,
  };
  return { ...base, ...decideAlone(base, ctx.asOf), scope: scopeFindings(h) };
}

/** Support valid on a day (the order date for E9, the as-of date for merging, E7/E8); undefined when not known. */
export function validOn(p: PlanBase, day: IsoDate): boolean | undefined {
  const end = p.holding.supportEnd;
  return end === undefined ? undefined : isValidOn(end, day);
}
