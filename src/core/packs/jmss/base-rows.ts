// J1, J7, J8 (seed 000 §2 (1), §6 Q2/Q3, §7): where a JMSS base licence goes, and the rows the pool does not serve.
import { error, warn } from "../../findings";
import type { Finding, Holding } from "../../model";
import { catalogLine } from "./catalog";
import type { BaseTarget, Draft } from "./lines";
import { mergeLines, ownLine } from "./lines";
import type { Priced } from "./price-class";
import { priceClassOf } from "./price-class";
import type { BaseRole } from "./products";
import { roleHint } from "./products";

// J1: JMSSサーバ → JobCenter MG, 稼働マシン → JobCenter SV/AG (§7 examples 1 and 3); `target` overrides (Q3).
export const ROLE_TARGET: readonly { readonly role: BaseRole; readonly target: BaseTarget; readonly rule: string }[] = [
  { role: "server", target: "MG", rule: "J1" },
  { role: "agent", target: "SV/AG", rule: "J1" },
];

/** How a base row's lines are found: from the shared pool (J3), as a processor licence (J7), or at normal price (J6/J10). */
export type BaseMode = "pool" | "processor" | "normal";

export interface BasePlan {
  readonly ok: true;
  readonly holding: Holding;
  readonly target: BaseTarget;
  /** Licences wanted after migration (targetQuantity, default quantity). */
  readonly want: number;
  readonly mode: BaseMode;
  readonly priced: Priced;
  /** Findings of the choice itself (J8, the price class's note). */
  readonly findings: readonly Finding[];
}

/** A base row's plan, or the error that stops the row. */
export type Resolved = BasePlan | { readonly ok: false; readonly findings: readonly Finding[] };

const refuse = (f: Finding): Resolved => ({ ok: false, findings: [f] });

const ROLE_REQUIRED = error("ROLE_REQUIRED", "J1");
const NO_CHANGE_AFTER_MIGRATION = warn("NO_CHANGE_AFTER_MIGRATION", "J8");
const PROCESSOR_NOT_ELIGIBLE = warn("PROCESSOR_NOT_ELIGIBLE", "J7");

function targetOfRole(role: BaseRole | undefined): BaseTarget | undefined {
  for (const r of ROLE_TARGET) if (r.role === role) return r.target;
  return undefined;
}

export function resolveBase(h: Holding): Resolved {
  const role = h.role === "server" || h.role === "agent" ? h.role : roleHint(h.product);
  const byRole = targetOfRole(role);
  // §2 (1): a base licence goes to MG or SV/AG; CL/Win is where clients go
  if (h.target === "CL/Win") return refuse(error("INVALID_VALUE", "J1", { column: "target", value: "CL/Win" }));
  const target = h.target ?? byRole;
  if (target === undefined) return refuse(ROLE_REQUIRED);
  // §7 example 4 and Q2: the only processor licence the seed knows is JobCenter SV/AG's
  const processor = h.targetLicense === "processor";
  if (processor && target === "MG") return refuse(error("INVALID_VALUE", "J7", { column: "targetLicense", value: "processor" }));
  // J8, Q3: ライセンス移行後に変更はできません
  const changed = byRole !== undefined && target !== byRole ? [NO_CHANGE_AFTER_MIGRATION] : [];
  const priced = priceClassOf(h, "base");
  const mode: BaseMode = processor ? "processor" : priced.eligible ? "pool" : "normal";
  // a processor licence is bought at normal price whatever the row's class, so the class's note does not apply
  const findings = mode === "processor" ? changed : [...changed, ...priced.findings];
  return { ok: true, holding: h, target, want: h.targetQuantity ?? h.quantity, mode, priced, findings };
}

/**
 * J7 (Q2, §7 example 4): no migration to a processor licence — buy it at normal price (targetQuantity, default 1:
 * one licence covers the platform's cores, not a machine count) and end the JMSS licences it replaces.
 */
export function decideProcessor(p: BasePlan): Draft {
  const h = p.holding;
  const lines = mergeLines([
    catalogLine("SV/AG processor", "NORMAL", h.targetQuantity ?? 1),
    ownLine(h, h.quantity, "END_OF_USE"),
  ]);
  return { lines, findings: [...p.findings, PROCESSOR_NOT_ELIGIBLE], rules: ["J1", "J7"] };
}

/** J6/J10: no benefit, so nothing to lend or borrow — the wanted licences at normal price, the rest ends. */
export function decideNormal(p: BasePlan): Draft {
  const h = p.holding;
  const lines = mergeLines([catalogLine(p.target, "NORMAL", p.want), ownLine(h, Math.max(0, h.quantity - p.want), "END_OF_USE")]);
  return { lines, findings: p.findings, rules: ["J1", p.priced.rule] };
}
