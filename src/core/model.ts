// Schemas of everything that crosses a boundary (ARCHITECTURE §3): one zod schema, one inferred type, same name.
import { z } from "zod";
import { FINDING_CODES, PRICE_CLASSES, SEVERITIES } from "./codes";
import type { HoldingKey } from "./inventory/headers";
import { HOLDING_COLUMNS } from "./inventory/headers";
import { IsoDate } from "./iso-date";
import type { QuoteRules } from "./quote/rules";

export { FINDING_CODES, PRICE_CLASSES, SEVERITIES } from "./codes";
export type { FindingCode, PriceClass, Severity } from "./codes";

export { IsoDate } from "./iso-date";
export { Action, Holder, LicenseType, Purchase, Role, Target, TargetLicense, UseCase } from "./inventory/headers";
export type { HoldingKey } from "./inventory/headers";

/**
 * What one inventory row holds (SPEC §2), built from the column table (inventory/headers.ts), its one source: every
 * column optional (blank cell or no column) but the product and the quantity. Rows alike share one Holding, so it
 * carries no row number: the row that holds it does (ReadRow).
 */
export const Holding = z
  .object(
    Object.fromEntries(Object.entries(HOLDING_COLUMNS).map(([key, c]) => [key, c.schema.optional()])) as {
      [K in HoldingKey]: z.ZodOptional<(typeof HOLDING_COLUMNS)[K]["schema"]>;
    },
  )
  .required({ product: true, quantity: true });
export type Holding = z.infer<typeof Holding>;

export const ParamValue = z.union([z.string(), z.number()]);
export const Finding = z.object({
  code: z.enum(FINDING_CODES),
  severity: z.enum(SEVERITIES),
  rule: z.string().optional(),
  params: z.record(z.string(), ParamValue).optional(),
});
export type Finding = z.infer<typeof Finding>;

export const Line = z.object({
  sku: z.string(),
  product: z.string(),
  quantity: z.number().int().nonnegative(),
  priceClass: z.enum(PRICE_CLASSES),
  /**
   * What the line buys, as the pack that made it names it ("jmss:CL/Win 5"), so the quote's rules find their lines
   * without reading product names. Not shown and not in `--json` (SPEC §3 lines are sku, product, quantity, class).
   */
  item: z.string().optional(),
});
export type Line = z.infer<typeof Line>;

/** What the evaluator decides for one data row. `rules` are the rule ids that fired, in SPEC order. */
export const RowResult = z.object({
  row: z.number().int().positive(),
  lines: z.array(Line),
  supportEnd: IsoDate.nullable(),
  findings: z.array(Finding),
  rules: z.array(z.string()),
});
export type RowResult = z.infer<typeof RowResult>;

/** The machine form of one data row (SPEC §3): what `--json` prints. */
export const JsonRow = z.object({
  sheet: z.string().optional(),
  row: z.number().int().positive(),
  lines: z.array(Line.omit({ item: true })),
  supportEnd: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  warnings: z.array(
    z.object({
      code: z.enum(FINDING_CODES),
      severity: z.enum(SEVERITIES),
      message: z.string(),
      rule: z.string().optional(),
    }),
  ),
  rules: z.array(z.string()),
});
export type JsonRow = z.infer<typeof JsonRow>;

export const Lang = z.enum(["ja", "en"]);
export type Lang = z.infer<typeof Lang>;

/** Everything a rule may depend on besides the rows: time is a parameter, the core never reads the clock. */
export interface Context {
  readonly asOf: IsoDate;
  /** Seed 004 使用部署を定めない購入 (統合お客様番号). */
  readonly unified: boolean;
}

/**
 * What a pack decides for a row: its lines, new support end, findings and the rules that fired (SPEC order). Rows
 * decided alike share one Decision (and its frozen lists, see shared.ts), so it carries no row number.
 */
export interface Decision {
  readonly lines: Line[];
  readonly supportEnd: IsoDate | null;
  readonly findings: Finding[];
  readonly rules: string[];
}

/**
 * One vendor's rules; every pack has this one shape. The evaluator loops over packs and never asks which vendor a
 * row is. It asks `claims` and `plan` once per distinct holding of a sheet (rows alike share one), then `decide` once
 * for all the rows the pack claimed.
 */
export interface Pack<Plan = unknown> {
  readonly id: string;
  /** True when this pack decides rows holding this; the first pack that claims a holding owns its rows. */
  claims(holding: Holding): boolean;
  /** Everything a holding decides on its own, whichever row holds it. */
  plan(holding: Holding, ctx: Context): Plan;
  /**
   * The decisions of the claimed rows, one per row in the order given: `rows[i]` is a sheet row number and `plans[i]`
   * the plan of what it holds. The place for the rules that look across rows (pools, bundles, groups). Rows decided
   * alike share one Decision.
   */
  decide(rows: readonly number[], plans: readonly Plan[], ctx: Context): Decision[];
  /** The pack's own quote rules (SPEC §7), if it has any. */
  readonly quote?: QuoteRules;
}

/** A pack as the evaluator holds it: its plans are its own business. */
export type AnyPack = Pack<never> & { plan(holding: Holding, ctx: Context): unknown };

/** A pack written with its own plan type, as the evaluator's list holds it. */
export const definePack = <Plan>(pack: Pack<Plan>): AnyPack => pack as unknown as AnyPack;
