// E11–E14: who may use a licence (seed 004 ライセンスの使用可能範囲). A blank condition cell = not shown to hold.
import { warn } from "../../findings";
import { word } from "../../inventory/normalise";
import type { Finding, Holding } from "../../model";
import type { SparxCondition } from "./codes";

type Condition = readonly [SparxCondition, (h: Holding) => boolean];

/**
 * E11 (seed 004 ライセンスの貸与・貸出): someone outside the registered organisation (the premise: 使用形態 貸与)
 * may use the licence only when all hold — 購入した組織が主導するプロジェクトのみに従事; 購入した組織の指揮の元;
 * 購入した組織が保有するマシンか、そのプロジェクトの業務以外では使用されないマシン.
 */
export const LENDING_CONDITIONS: readonly Condition[] = [
  ["PROJECT_ONLY", (h) => h.projectOnly === true],
  ["UNDER_DIRECTION", (h) => h.underDirection === true],
  ["OWNER_OR_PROJECT_MACHINE", (h) => h.ownerMachine === true],
];

/**
 * E12 (seed 004 トレーニング(研修)での使用): フローティングライセンスを使用; 登録部署が研修を実施する部署;
 * 受講者ではなく登録部署が所有するマシン; 研修目的以外で使用しない. Academic licences have no floating edition.
 */
export const TRAINING_CONDITIONS: readonly Condition[] = [
  ["FLOATING", (h) => h.licenseType === "floating"],
  ["TRAINING_BY_OWNER", (h) => h.trainingByOwner === true],
  ["OWNER_MACHINE", (h) => h.ownerMachine === true],
  ["TRAINING_ONLY", (h) => h.trainingOnly === true],
];

const unmet = (h: Holding, conditions: readonly Condition[]): SparxCondition[] =>
  conditions.filter(([, holds]) => !holds(h)).map(([key]) => key);

const samePerson = (a: string, b: string): boolean => word(a).replace(/\s/g, "") === word(b).replace(/\s/g, "");

/** The licence-scope findings of one row, one per unmet condition. */
export function scopeFindings(h: Holding): Finding[] {
  // E14 (seed 004): 個人名義で購入の場合には、購入した個人のみが使用できます。貸与や譲渡はできません。
  if (h.holder === "individual") {
    const otherUser = h.user !== undefined && h.purchaser !== undefined && !samePerson(h.user, h.purchaser);
    const lentOrGiven = h.useCase === "lending" || h.useCase === "training" || h.useCase === "delivery";
    if (otherUser || lentOrGiven) return [warn("PERSONAL_LICENSE_PURCHASER_ONLY", "E14")];
    return [];
  }
  switch (h.useCase) {
    case "lending":
      return unmet(h, LENDING_CONDITIONS).map((condition) => warn("LENDING_CONDITIONS_UNMET", "E11", { condition }));
    case "training":
      return unmet(h, TRAINING_CONDITIONS).map((condition) => warn("TRAINING_CONDITIONS_UNMET", "E12", { condition }));
    case "delivery":
      // E13 (seed 004 ライセンスを含めた納品): 購入したライセンスの譲渡や移管(名義変更)はできません
      return [warn("NO_TRANSFER_WITH_DELIVERABLE", "E13")];
    default:
      return [];
  }
}
