// Issue 5 §3: whatever stops a run, the message says which rows were written and which were not.
import { describe, expect, test } from "vitest";
import type { Evaluated } from "../../src/taskpane/job/read-sheet";
import type { Written } from "../../src/taskpane/job/write-sheet";
import { runNotice } from "../../src/taskpane/notices";

const evaluated = { layout: { output: { left: 10 } } } as unknown as Evaluated;
const written = (w: Partial<Written>): Written => ({
  rows: 8,
  total: 8,
  first: 5,
  last: 12,
  cancelled: false,
  problem: undefined,
  ...w,
});
const notice = (w: Partial<Written>, lang: "ja" | "en" = "ja") =>
  runNotice({ status: "written", evaluated, written: written(w) }, lang);

describe("runNotice", () => {
  test("done: the rows and the columns written", () => {
    expect(notice({})).toEqual({ intent: "success", title: "完了しました", lines: ["5–12 行目の K:Q 列に書き込みました。"] });
  });

  test("cancelled partway: the rows written and the rows not", () => {
    expect(notice({ rows: 3, last: 7, cancelled: true }, "en")).toEqual({
      intent: "warning",
      title: "Cancelled",
      lines: [
        "Rows 5–7 (3 rows) are written. Rows 8–12 are not (an earlier run's results may still be there). Run again to rewrite every row.",
      ],
    });
  });

  test("an Office failure partway: what happened, what to do, the Office message, the rows", () => {
    const n = notice({ rows: 3, last: 7, problem: { code: "OFFICE", detail: "GeneralException: boom" } });
    expect(n?.intent).toBe("error");
    expect(n?.title).toBe("途中で止まりました: Excel でエラーが起きました");
    expect(n?.lines).toEqual([
      "もう一度実行してください。続く場合はブックを保存して開き直してください。",
      "詳細: GeneralException: boom",
      "5–7 行目（3 行）は書き込み済みです。8–12 行目は書き込んでいません（前回の結果が残っていることがあります）。もう一度実行すると全行を書き直します。",
    ]);
  });

  test("a failure before any row, or after the last one, says that instead", () => {
    expect(notice({ rows: 0, last: 4, problem: { code: "PROTECTED" } })?.lines.at(-1)).toBe("どの行にも書き込んでいません。");
    const late = notice({ problem: { code: "OFFICE", detail: "recalc" } });
    expect([late?.title, late?.lines.at(-1)]).toEqual(["Excel でエラーが起きました", "5–12 行目の K:Q 列に書き込みました。"]);
  });
});
