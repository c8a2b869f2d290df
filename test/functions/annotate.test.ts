// JMSS.ANNOTATE: a whole table in, the seven output columns out, row for row as the CLI writes them (SPEC §3).
import { afterAll, beforeAll, expect, test, vi } from "vitest";
import { isCellError, only, setDisplayLanguage } from "./office-shim";
import { annotateValues } from "../../src/core/annotate";
import { outputHeaders, renderRow } from "../../src/render";
import { annotate } from "../../src/functions/functions";
import { AS_OF, NOW } from "./cli-sheet";

beforeAll(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW);
  setDisplayLanguage("ja-JP");
});
afterAll(() => vi.useRealTimers());

const TABLE = [
  ["JMSS 棚卸表", null, null, null],
  ["製品名", "用途", "数量", "保守契約"],
  ["ESMPRO/JMSS Ver7.2", "JMSSサーバ", 1, "あり"],
  [null, null, null, null],
  ["JMSSクライアント", "クライアント", 7, "あり"],
  ["ESMPRO/JMSS Ver7.2", "稼働マシン", "三", "あり"],
];

test("title row blank, header row headed, each data row as the CLI renders it, blank rows blank", () => {
  const got = annotate(TABLE);
  const cli = annotateValues(TABLE, { asOf: AS_OF, unified: false });
  expect(got).toHaveLength(TABLE.length);
  expect(got[0]).toEqual(["", "", "", "", "", "", ""]);
  expect(got[1]).toEqual(outputHeaders("ja"));
  expect(got[3]).toEqual(["", "", "", "", "", "", ""]);
  for (const r of cli?.results ?? []) expect(got[r.row - 1]).toEqual(renderRow(r, "ja").map((c) => c ?? ""));
  expect(got[2]?.[0]).toBe("UL1256-N00-I");
  expect(String(got[5]?.[5])).toContain("数量"); // the unreadable quantity, in the warnings column as the CLI writes it
});

test("row numbers in messages follow the table's place on the sheet", () => {
  const table = [
    ["製品名", "用途", "保守契約", "数量", "移行数量"],
    ["ESMPRO/JMSS Ver7.2", "JMSSサーバ", "あり", 2, 1],
    ["ESMPRO/JMSS Ver7.2", "JMSSサーバ", "あり", 1, 2],
  ];
  const got = annotate(table, { parameterAddresses: ["Sheet1!B10:F12"] } as CustomFunctions.Invocation);
  expect(String(got[1]?.[5])).toContain("行12");
});

test("headers in English when Office is in English", () => {
  setDisplayLanguage("en-US");
  expect(annotate(TABLE)[1]).toEqual(outputHeaders("en"));
  setDisplayLanguage("ja-JP");
});

test("a range with no recognisable header row is one #VALUE! saying so", () => {
  const bad = only(
    annotate([
      ["a", "b"],
      [1, 2],
    ]),
  );
  expect(isCellError(bad) && bad.message).toContain("見出し");
});
