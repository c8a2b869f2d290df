// Schemas of everything that crosses a boundary (ARCHITECTURE §3): one zod schema, one inferred type, same name.
import { z } from "zod";
import { FINDING_CODES, PRICE_CLASSES, SEVERITIES } from "./codes";

export { FINDING_CODES, PRICE_CLASSES, SEVERITIES } from "./codes";
export type { FindingCode, PriceClass, Severity } from "./codes";

/** A calendar date `YYYY-MM-DD`, only ever made by the reader or date helpers, never a raw Excel value. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .brand<"IsoDate">();
export type IsoDate = z.infer<typeof IsoDate>;

export const Role = z.enum(["server", "agent", "client"]);
export type Role = z.infer<typeof Role>;
export const LicenseType = z.enum(["install", "processor", "monthly", "standard", "floating", "academic"]);
export type LicenseType = z.infer<typeof LicenseType>;
export const Target = z.enum(["MG", "SV/AG", "CL/Win"]);
export type Target = z.infer<typeof Target>;
export const TargetLicense = z.enum(["install", "processor"]);
export type TargetLicense = z.infer<typeof TargetLicense>;
export const Action = z.enum(["renew", "upgrade"]);
export type Action = z.infer<typeof Action>;
export const Holder = z.enum(["individual", "sole_proprietor", "corporate"]);
export type Holder = z.infer<typeof Holder>;
export const Purchase = z.enum(["direct", "package"]);
export type Purchase = z.infer<typeof Purchase>;
export const UseCase = z.enum(["normal", "lending", "training", "viewing", "delivery"]);
export type UseCase = z.infer<typeof UseCase>;

/** One normalised inventory row (SPEC §2). Absent = the cell was blank or the column is missing. */
export const Holding = z.object({
  row: z.number().int().positive(),
  product: z.string().min(1),
  sku: z.string().optional(),
  role: Role.optional(),
  quantity: z.number().int().positive(),
  maintenance: z.boolean().optional(),
  licenseType: LicenseType.optional(),
  target: Target.optional(),
  targetLicense: TargetLicense.optional(),
  targetQuantity: z.number().int().nonnegative().optional(),
  migrated: z.boolean().optional(),
  supportEnd: IsoDate.optional(),
  orderDate: IsoDate.optional(),
  procedureDate: IsoDate.optional(),
  issueDate: IsoDate.optional(),
  years: z.number().int().positive().optional(),
  action: Action.optional(),
  holder: Holder.optional(),
  purchase: Purchase.optional(),
  customerNo: z.string().optional(),
  department: z.string().optional(),
  baseLicense: z.string().optional(),
  imaging: z.boolean().optional(),
  desiredVersion: z.string().optional(),
  // seed 004 licence-scope facts (issue 3)
  useCase: UseCase.optional(),
  projectOnly: z.boolean().optional(),
  underDirection: z.boolean().optional(),
  ownerMachine: z.boolean().optional(),
  trainingByOwner: z.boolean().optional(),
  trainingOnly: z.boolean().optional(),
  user: z.string().optional(),
  purchaser: z.string().optional(),
  renewQuantity: z.number().int().nonnegative().optional(), // seed 003 更新ライセンス数 (default: quantity)
});
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
  lines: z.array(Line),
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

/** A pack's answer for one row. */
export interface Decision {
  readonly row: number;
  readonly lines: Line[];
  readonly supportEnd?: IsoDate | null;
  readonly findings: Finding[];
  readonly rules: string[];
}

/** One vendor's rules. The evaluator loops over packs and never asks which vendor a row is. */
export type Pack = DecidingPack | FinishingPack;

interface PackBase {
  readonly id: string;
  /** True when this pack decides the row; the first pack that claims a row owns it. */
  claims(holding: Holding): boolean;
}

/** A pack whose decisions the evaluator turns into results (sharing their lists, naming the rules that fired). */
export interface DecidingPack extends PackBase {
  readonly finished?: undefined;
  /** Decide every claimed holding of one inventory at once (some rules look across rows). */
  decide(holdings: readonly Holding[], ctx: Context): Decision[];
}

/**
 * A pack that hands over finished results, which the evaluator takes as they are (no second copy of a million rows):
 * findings a frozen list (sharedFindings) or the row's own, rules the list firedRules gives for them.
 */
export interface FinishingPack extends PackBase {
  readonly finished: true;
  decide(holdings: readonly Holding[], ctx: Context): RowResult[];
}
