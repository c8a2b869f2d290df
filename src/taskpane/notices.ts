// A run's outcome as the message a person reads (issue 5 §3): what happened, what to do, and — whenever anything
// was written — exactly which rows were and were not. Pure.
import type { Lang } from "../core/model";
import { columnLetters } from "../excel/a1";
import type { Problem } from "./job/problems";
import type { RunResult } from "./job/run-annotate";
import type { Written } from "./job/write-sheet";
import { OUTPUT_WIDTH } from "./job/layout";
import { problemWords, say } from "./words";

export interface Notice {
  readonly intent: "success" | "warning" | "error" | "info";
  readonly title: string;
  readonly lines: readonly string[];
}

/** Columns of our block as Excel writes them, e.g. "K:Q". */
export const blockColumns = (left: number): string => `${columnLetters(left)}:${columnLetters(left + OUTPUT_WIDTH - 1)}`;

export function problemNotice(p: Problem, lang: Lang, extra: readonly string[] = []): Notice {
  const w = problemWords(lang, p.code);
  const detail = p.detail === undefined ? [] : [say(lang, "detail", { detail: p.detail })];
  return { intent: "error", title: w.title, lines: [w.action, ...detail, ...extra] };
}

function writtenLine(w: Written, columns: string, lang: Lang): string {
  if (w.rows === 0) return say(lang, "noneWritten");
  if (w.rows === w.total) return say(lang, "doneBody", { first: w.first, last: w.last, columns });
  return say(lang, "partialBody", { first: w.first, last: w.last, rows: w.rows, next: w.last + 1, end: w.first + w.total - 1 });
}

export function runNotice(result: RunResult, lang: Lang): Notice | undefined {
  switch (result.status) {
    case "problem":
      return problemNotice(result.problem, lang);
    case "cancelled":
      return { intent: "info", title: say(lang, "cancelledTitle"), lines: [say(lang, "cancelledRead")] };
    case "confirm":
      return undefined;
    case "written": {
      const w = result.written;
      const line = writtenLine(w, blockColumns(result.evaluated.layout.output.left), lang);
      if (w.problem) {
        const n = problemNotice(w.problem, lang, [line]);
        return w.rows === 0 || w.rows === w.total ? n : { ...n, title: `${say(lang, "stoppedTitle")}: ${n.title}` };
      }
      if (w.rows < w.total) return { intent: "warning", title: say(lang, "cancelledTitle"), lines: [line] };
      return { intent: "success", title: say(lang, "doneTitle"), lines: [line] };
    }
  }
}
