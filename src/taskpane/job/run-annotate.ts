// One press of the pane's primary action: check the sheet, read and evaluate it, ask before overwriting someone
// else's cells, write our columns. Nothing is written before every check has passed (issue 5 §3).
import type { Context, Lang } from "../../core/model";
import { sheetRole } from "../../excel/sheet-role";
import type { Located, WorkbookHost } from "../../excel/workbook-host";
import type { Choices, Layout } from "./layout";
import { buildLayout, moveClear, OUTPUT_WIDTH } from "./layout";
import type { Problem } from "./problems";
import { problemFromError } from "./problems";
import type { Evaluated, JobHooks } from "./read-sheet";
import { evaluateSheet } from "./read-sheet";
import type { Written } from "./write-sheet";
import { writeSheet } from "./write-sheet";

export type RunResult =
  | { readonly status: "problem"; readonly problem: Problem }
  | { readonly status: "cancelled" }
  | { readonly status: "confirm"; readonly evaluated: Evaluated }
  | { readonly status: "written"; readonly evaluated: Evaluated; readonly written: Written };

/** What to do when the block's columns hold someone else's cells. */
export type OverwriteChoice = "overwrite" | "clear";

/** Where our block goes: the header row and every data row, OUTPUT_WIDTH columns. */
const targetArea = (layout: Layout) => ({
  top: layout.headerRow - 1,
  left: layout.output.left,
  rows: layout.dataRows + 1,
  columns: OUTPUT_WIDTH,
});

async function preflight(host: WorkbookHost, located: Located, layout: Layout): Promise<Problem | undefined> {
  if (located.protected) return { code: "PROTECTED" };
  if (located.filtered) return { code: "FILTERED" };
  if (layout.dataRows === 0) return { code: "NO_DATA" };
  const target = targetArea(layout);
  const input = { top: layout.dataTop, left: layout.areaLeft, rows: layout.dataRows, columns: layout.inputWidth };
  const [inTarget = "", inInput = ""] = await host.findMerged(layout.sheetId, [target, input]);
  if (inTarget) return { code: "MERGED_TARGET", detail: inTarget };
  if (inInput) return { code: "MERGED_INPUT", detail: inInput };
  return undefined;
}

export async function startRun(
  host: WorkbookHost,
  located: Located,
  choices: Choices,
  ctx: Context,
  lang: Lang,
  hooks: JobHooks,
): Promise<RunResult> {
  // The pane never offers a quote or the price book, but the sheet may have changed since it looked (SPEC §7).
  if (sheetRole(located.sheetName) !== "inventory") return { status: "problem", problem: { code: "NOT_INVENTORY" } };
  const built = buildLayout(located, choices);
  if (!built.ok) return { status: "problem", problem: { code: built.code } };
  let evaluated: Evaluated | undefined;
  try {
    const problem = await preflight(host, located, built.layout);
    if (problem) return { status: "problem", problem };
    evaluated = await evaluateSheet(host, built.layout, ctx, lang, hooks);
  } catch (e) {
    return { status: "problem", problem: problemFromError(e) };
  }
  if (!evaluated) return { status: "cancelled" };
  if (evaluated.conflicts) return { status: "confirm", evaluated };
  return writeEvaluated(host, evaluated, lang, hooks);
}

/** After the person answered the overwrite question. */
export async function resumeRun(
  host: WorkbookHost,
  located: Located,
  evaluated: Evaluated,
  choice: OverwriteChoice,
  lang: Lang,
  hooks: JobHooks,
): Promise<RunResult> {
  const layout = choice === "clear" ? moveClear(evaluated.layout, located) : evaluated.layout;
  if (choice === "clear") {
    // The empty columns the block moves to were never checked: a merged cell there (formatting only, so outside the
    // used range) would fail the write halfway, after some rows were written.
    try {
      const [merged = ""] = await host.findMerged(layout.sheetId, [targetArea(layout)]);
      if (merged) return { status: "problem", problem: { code: "MERGED_TARGET", detail: merged } };
    } catch (e) {
      return { status: "problem", problem: problemFromError(e) };
    }
  }
  return writeEvaluated(host, { ...evaluated, layout, conflicts: undefined }, lang, hooks);
}

async function writeEvaluated(host: WorkbookHost, evaluated: Evaluated, lang: Lang, hooks: JobHooks): Promise<RunResult> {
  const written = await writeSheet(host, evaluated, lang, hooks);
  return { status: "written", evaluated, written };
}
