// J9, J11, J12, J14 (seed 000 intro, §5, §6 Q4/Q6/Q7): what a person must know once the lines are decided.
import { firedRules, hasError, info, sharedFindings, warn } from "../../findings";
import type { Context, Finding, Holding, IsoDate, Line } from "../../model";
import type { BaseTarget, Draft } from "./draft";
import type { RowKind } from "./products";

// Intro: JMSSは2025年12月に製品サポートを終了
export const JMSS_SUPPORT_LAST_DAY = "2025-12-31" as IsoDate;

const BUYS = new Set(["FREE_VERSION_UP", "PREFERENTIAL", "NORMAL"]);

// The notes carry no row-specific params, so every row shares one finding of each (findings are never mutated).
const EOS_WHILE_SUPPORTED = info("JMSS_EOS", "J14");
const EOS_ENDED = warn("JMSS_EOS", "J14");
const NO_MG = warn("NO_MG", "J9");
const MAINTENANCE_NOT_TRANSFERRED = warn("MAINTENANCE_NOT_TRANSFERRED", "J11");
const JMSS_STOPS_AFTER_VERSION_UP = info("JMSS_STOPS_AFTER_VERSION_UP", "J12");

/**
 * Every list of notes a row can get — J14, then J9, J11, J12 when they apply — made once and shared by the rows that
 * get it: `noteLists(eos)[J9][J11][J12]`, each index 1 when the note applies.
 */
function noteLists(eos: Finding): Finding[][][][] {
  const choices = [false, true];
  return choices.map((noMg) =>
    choices.map((maintenance) =>
      choices.map((versionUp) =>
        sharedFindings([
          eos,
          ...(noMg ? [NO_MG] : []),
          ...(maintenance ? [MAINTENANCE_NOT_TRANSFERRED] : []),
          ...(versionUp ? [JMSS_STOPS_AFTER_VERSION_UP] : []),
        ]),
      ),
    ),
  );
}

const NOTE_LISTS = { whileSupported: noteLists(EOS_WHILE_SUPPORTED), ended: noteLists(EOS_ENDED) };
const oneIf = (applies: boolean): 0 | 1 => (applies ? 1 : 0);

const buys = (l: Line): boolean => BUYS.has(l.priceClass);

// indexed, not some() or for…of: line lists are shared frozen arrays, which those walk slowly, on every row
function anyLine(lines: readonly Line[], test: (l: Line) => boolean): boolean {
  for (let i = 0; i < lines.length; i++) if (test(lines[i] as Line)) return true;
  return false;
}

const isFreeVersionUp = (l: Line): boolean => l.priceClass === "FREE_VERSION_UP";

/** JobCenter MG licences in the plan (each also brings one CL/Win, §8). `targets[i]` is `drafts[i]`'s target. */
export function mgInPlan(drafts: readonly Draft[], targets: readonly (BaseTarget | undefined)[]): number {
  let n = 0;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i] as Draft;
    if (targets[i] !== "MG") continue;
    for (let k = 0; k < d.lines.length; k++) {
      const l = d.lines[k] as Line; // indexed: see anyLine
      if (buys(l)) n += l.quantity;
    }
  }
  return n;
}

/** What the pack knows of each draft's row: `holdings[i]`, `kinds[i]` and `targets[i]` are `drafts[i]`'s. */
export interface DraftRows {
  readonly holdings: readonly Holding[];
  readonly kinds: readonly RowKind[];
  readonly targets: readonly (BaseTarget | undefined)[];
}

/**
 * Finish every claimed row's draft (in place): add the cross-row and row-level notes, then name the rules that fired.
 * `mg` is mgInPlan of the drafts.
 */
export function finishDrafts(drafts: readonly Draft[], rows: DraftRows, mg: number, ctx: Context): void {
  const { holdings, kinds, targets } = rows;
  const noMg = mg === 0;
  // J14: info while support lasts, a warning once it has ended
  const lists = ctx.asOf <= JMSS_SUPPORT_LAST_DAY ? NOTE_LISTS.whileSupported : NOTE_LISTS.ended;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i] as Draft;
    const ok = !hasError(d.findings);
    // J9, Q4: 構成上はJobCenter MGが最低1台必要
    const needsMg = ok && noMg && targets[i] === "SV/AG" && anyLine(d.lines, buys);
    // J11, §5, Q6: maintenance does not carry over; clients are licence-free and carry no contract of their own
    const maintenance = ok && holdings[i]?.maintenance === true && kinds[i] !== "client";
    // J12, Q7: バージョンアップ後はJMSSを継続して使用することはできません
    const versionUp = ok && anyLine(d.lines, isFreeVersionUp);
    const notes = lists[oneIf(needsMg)]?.[oneIf(maintenance)]?.[oneIf(versionUp)] as Finding[];
    // Rows with the same findings share one list: a full sheet's drafts then hold a handful, not a million. A list a
    // row made for itself (a pool row's shares name their rows) stays its own: no other row has it.
    if (d.findings.length === 0) d.findings = notes;
    else d.findings = Object.isFrozen(d.findings) ? sharedFindings(d.findings, notes) : d.findings.concat(notes);
    d.rules = firedRules(d.rules, d.findings);
  }
}
