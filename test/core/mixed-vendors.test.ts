// Issue 3 §3: rows of all three vendors can sit in one sheet; each row is claimed by exactly one pack, and a row
// no pack claims gets info NOT_COVERED rather than an error.
import { expect, test } from "vitest";
import { annotateValues } from "../../src/core/annotate";
import type { IsoDate } from "../../src/core/model";
import { PACKS } from "../../src/core/packs";

const SHEET = [
  ["製品名", "用途", "数量", "保守契約", "サポート期限", "ベースライセンス"],
  ["WebSAM JMSS", "JMSSサーバ", 1, "あり", null, null],
  ["Enterprise Architect Professional", null, 2, null, "2026/03/31", null],
  ["Windows 11 Enterprise", null, 10, null, null, "Windows 11 Pro"],
  ["一太郎 2025", null, 1, null, null, null],
];

test("one sheet, three vendors: each row decided by exactly one pack; an unknown product is NOT_COVERED, not an error", () => {
  const annotated = annotateValues(SHEET, { asOf: "2026-01-15" as IsoDate, unified: false });
  const results = annotated?.results ?? [];
  expect(results.map((r) => r.row)).toEqual([2, 3, 4, 5]);
  for (const r of annotated?.inventory.rows ?? []) {
    const h = r.holding;
    expect(h).toBeDefined();
    const claimers = PACKS.filter((p) => h !== undefined && p.claims(h)).map((p) => p.id);
    expect(claimers.length, `${h?.product} claimed by ${claimers.join(",")}`).toBeLessThanOrEqual(1);
  }
  const [jmss, ea, ms, other] = results;
  expect(jmss?.lines[0]?.priceClass).toBe("FREE_VERSION_UP");
  expect(ea?.lines[0]?.priceClass).toBe("SUPPORT_RENEWAL");
  expect(ea?.supportEnd).toBe("2027-03-31");
  expect(ms?.lines[0]?.priceClass).toBe("NO_CHANGE");
  expect(other?.lines).toEqual([]);
  expect(other?.findings.map((f) => [f.code, f.severity])).toEqual([["NOT_COVERED", "info"]]);
});
