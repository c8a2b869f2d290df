// The pane's other actions: select the rows behind a summary entry, insert the template sheet, build the quote.
// Each failure becomes a notice the person can act on (issue 5 §3).
import { useState } from "react";
import type { Lang } from "../core/model";
import { rowAreas } from "../excel/a1";
import type { WorkbookHost } from "../excel/workbook-host";
import { MAX_SELECTED_AREAS } from "../excel/workbook-host";
import { problemFromError } from "./job/problems";
import { problemNotice } from "./notices";
import type { SummaryEntry } from "./summary";
import { templateSheet } from "./template";
import type { BuiltQuote } from "./build-quote";
import type { Finished, RunModel } from "./use-run";
import { say } from "./words";

export interface SideActions {
  /** Said after a selection that could not take every row. */
  readonly selectionNote: string | undefined;
  readonly clearSelectionNote: () => void;
  readonly select: (entry: SummaryEntry) => Promise<void>;
  readonly insertTemplate: (outputLang: Lang) => Promise<void>;
  readonly buildQuote: (f: Finished) => Promise<void>;
}

export function useSideActions(
  host: WorkbookHost,
  lang: Lang,
  run: RunModel,
  redetect: () => Promise<unknown>,
  buildQuote: (finished: Finished) => Promise<BuiltQuote>,
): SideActions {
  const [selectionNote, setSelectionNote] = useState<string | undefined>(undefined);
  const fail = (e: unknown): void => run.setNotice(problemNotice(problemFromError(e), lang));
  const success = (title: string, lines: string[]): void => run.setNotice({ intent: "success", title, lines });

  /** What to say when fewer runs of rows were selected than the entry has (undefined when all were). */
  function selectionNoteOf(rows: readonly number[], selected: readonly string[]): string | undefined {
    const all = rowAreas(rows).length;
    if (selected.length >= all) return undefined;
    if (selected.length >= Math.min(all, MAX_SELECTED_AREAS)) return say(lang, "selectedFirst", { areas: MAX_SELECTED_AREAS });
    const [first = "", last = first] = (selected[0] ?? "").split(":");
    return say(lang, "selectedOneArea", { first, last }); // an Excel before ExcelApi 1.18
  }

  async function select(entry: SummaryEntry): Promise<void> {
    if (!run.finished) return;
    try {
      const selected = await host.selectRows(run.finished.evaluated.layout.sheetId, entry.rows);
      setSelectionNote(selectionNoteOf(entry.rows, selected));
    } catch (e) {
      fail(e);
    }
  }

  async function insertTemplate(outputLang: Lang): Promise<void> {
    try {
      const added = await host.insertTemplate(templateSheet(outputLang, say(outputLang, "templateSheet")));
      const lines = [say(lang, "templateInserted", { sheet: added.name })];
      success(say(lang, "templateDoneTitle"), added.lists ? lines : [...lines, say(lang, "templateNoLists")]);
      await redetect();
    } catch (e) {
      fail(e);
    }
  }

  async function quote(f: Finished): Promise<void> {
    try {
      const built = await buildQuote(f);
      const lines = [say(lang, "quoteBuilt", { sheet: built.name })];
      success(say(lang, "quoteDoneTitle"), built.pageLayout ? lines : [...lines, say(lang, "quotePrintDefaults")]);
    } catch (e) {
      fail(e);
    }
  }

  return { selectionNote, clearSelectionNote: () => setSelectionNote(undefined), select, insertTemplate, buildQuote: quote };
}
