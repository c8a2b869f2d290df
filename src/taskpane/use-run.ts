// One run of the primary action as React state: progress, Cancel, the overwrite question, the outcome.
import { useCallback, useRef, useState } from "react";
import type { Context, Lang } from "../core/model";
import type { Located, WorkbookHost } from "../excel/workbook-host";
import type { ChunkLimits } from "./job/chunks";
import type { Choices } from "./job/layout";
import type { Evaluated, JobHooks, Progress } from "./job/read-sheet";
import type { OverwriteChoice, RunResult } from "./job/run-annotate";
import { resumeRun, startRun } from "./job/run-annotate";
import type { Notice } from "./notices";
import { runNotice } from "./notices";
import type { SummaryEntry } from "./summary";
import { summaryEntries } from "./summary";
import { say } from "./words";

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export type RunView =
  | { readonly kind: "idle" }
  | { readonly kind: "running"; readonly progress: Progress; readonly cancelling: boolean }
  | { readonly kind: "confirm"; readonly evaluated: Evaluated; readonly located: Located };

export interface Finished {
  readonly evaluated: Evaluated;
  readonly sheetName: string;
  readonly entries: SummaryEntry[];
  readonly ctx: Context;
  readonly lang: Lang;
  /** Every row was written: a run that was cancelled or stopped partway leaves the sheet half old, half new. */
  readonly complete: boolean;
}

export interface RunModel {
  readonly view: RunView;
  readonly notice: Notice | undefined;
  readonly finished: Finished | undefined;
  /** Counts the runs that have ended (written, stopped, cancelled or declined): the pane moves focus then. */
  readonly ended: number;
  readonly start: (located: Located, choices: Choices, ctx: Context, lang: Lang) => Promise<void>;
  readonly answer: (choice: OverwriteChoice | "cancel") => Promise<void>;
  readonly cancel: () => void;
  readonly setNotice: (n: Notice | undefined) => void;
}

/** `uiLang` words the outcome; the language a run writes in is the one given to start(). */
export function useRun(host: WorkbookHost, limits: ChunkLimits, uiLang: Lang): RunModel {
  const [view, setView] = useState<RunView>({ kind: "idle" });
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const [finished, setFinished] = useState<Finished | undefined>(undefined);
  const [ended, setEnded] = useState(0);
  const abort = useRef(new AbortController());
  const pending = useRef<{ ctx: Context; lang: Lang } | undefined>(undefined);
  const words = useRef(uiLang);
  words.current = uiLang;

  const hooks = (): JobHooks => {
    const controller = new AbortController();
    abort.current = controller;
    const onProgress = (progress: Progress): Promise<void> => {
      setView({ kind: "running", progress, cancelling: controller.signal.aborted });
      return nextTask(); // let React paint the progress and the browser deliver a Cancel click between chunks
    };
    return { signal: controller.signal, onProgress, limits };
  };

  const settle = (result: RunResult, located: Located, ctx: Context, lang: Lang): void => {
    setNotice(runNotice(result, words.current));
    if (result.status === "confirm") {
      pending.current = { ctx, lang };
      setView({ kind: "confirm", evaluated: result.evaluated, located });
      return;
    }
    setView({ kind: "idle" });
    setEnded((n) => n + 1);
    if (result.status === "written") {
      const entries = summaryEntries(result.evaluated.annotated.results);
      const w = result.written;
      const complete = w.rows === w.total && w.problem === undefined;
      setFinished({ evaluated: result.evaluated, sheetName: located.sheetName, entries, ctx, lang, complete });
    }
  };

  const start = useCallback(
    async (located: Located, choices: Choices, ctx: Context, lang: Lang) => {
      setNotice(undefined);
      setFinished(undefined);
      const result = await startRun(host, located, choices, ctx, lang, hooks());
      settle(result, located, ctx, lang);
    },
    // hooks() and settle() only use state setters and refs
    [host, limits],
  );

  const answer = useCallback(
    async (choice: OverwriteChoice | "cancel") => {
      if (view.kind !== "confirm" || !pending.current) return;
      const { ctx, lang } = pending.current;
      if (choice === "cancel") {
        setView({ kind: "idle" });
        setEnded((n) => n + 1);
        setNotice({ intent: "info", title: say(words.current, "cancelledTitle"), lines: [say(words.current, "declined")] });
        return;
      }
      const result = await resumeRun(host, view.located, view.evaluated, choice, lang, hooks());
      settle(result, view.located, ctx, lang);
    },
    [host, limits, view],
  );

  const cancel = useCallback(() => {
    abort.current.abort();
    setView((v) => (v.kind === "running" ? { ...v, cancelling: true } : v));
  }, []);

  return { view, notice, finished, ended, start, answer, cancel, setNotice };
}
