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
  buildQuote: (finished: Finished) => Promise<string>,
): SideActions {
  const [selectionNote, setSelectionNote] = useState<string | undefined>(undefined);
  const fail = (e: unknown): void => run.setNotice(problemNotice(problemFromError(e), lang));
  const success = (title: string, line: string): void => run.setNotice({ intent: "success", title, lines: [line] });

  async function select(entry: SummaryEntry): Promise<void> {
    if (!run.finished) return;
    try {
      await host.selectRows(run.finished.evaluated.layout.sheetId, entry.rows);
      const many = rowAreas(entry.rows).length > MAX_SELECTED_AREAS;
      setSelectionNote(many ? say(lang, "selectedFirst", { areas: MAX_SELECTED_AREAS }) : undefined);
    } catch (e) {
      fail(e);
    }
  }

  async function insertTemplate(outputLang: Lang): Promise<void> {
    try {
      const sheet = await host.insertTemplate(templateSheet(outputLang, say(outputLang, "templateSheet")));
      success(say(lang, "template"), say(lang, "templateInserted", { sheet }));
      await redetect();
    } catch (e) {
      fail(e);
    }
  }

  async function quote(f: Finished): Promise<void> {
    try {
      const sheet = await buildQuote(f);
      success(say(lang, "buildQuote"), say(lang, "quoteBuilt", { sheet }));
    } catch (e) {
      fail(e);
    }
  }

  return { selectionNote, clearSelectionNote: () => setSelectionNote(undefined), select, insertTemplate, buildQuote: quote };
}
