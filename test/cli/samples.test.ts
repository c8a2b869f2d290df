// Issue 3 §5: every bundled sample workbook is annotated by the CLI; 新サポート期限 is a real Excel date.
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { expect, test } from "vitest";
import { runCli } from "../../src/cli/cli";
import { OUTPUT_COLUMNS } from "../../src/core/output-columns";

const SAMPLES = path.resolve(__dirname, "../../assets/samples");
const files = readdirSync(SAMPLES).filter((f) => f.endsWith(".xlsx") && !f.includes(".annotated."));

test.each(files)("the CLI annotates the bundled sample %s", async (name) => {
  const out = path.join(mkdtempSync(path.join(tmpdir(), "samples-")), name);
  const err: string[] = [];
  const code = await runCli(["annotate", path.join(SAMPLES, name), "--out", out, "--as-of", "2026-11-23"], {
    out: () => undefined,
    err: (t) => err.push(t),
  });
  expect([code, err]).toEqual([0, []]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const headers = wb.worksheets.flatMap((ws) => {
    const found: { ws: ExcelJS.Worksheet; row: number; col: number }[] = [];
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => void (cell.value === "新サポート期限" && found.push({ ws, row: r, col: c }))),
    );
    return found;
  });
  expect(headers.length).toBeGreaterThan(0);
  let dates = 0;
  for (const { ws, row, col } of headers) {
    expect(ws.getRow(row).getCell(col - OUTPUT_COLUMNS.findIndex((c) => c.key === "supportEnd")).value).toBe("移行先型番");
    for (let r = row + 1; r <= ws.rowCount; r++) {
      const cell = ws.getRow(r).getCell(col);
      if (cell.value === null || cell.value === undefined) continue;
      // A real date: a date-typed value (exceljs reads a date-formatted serial back as a Date) with a date format.
      expect(cell.value, `${ws.name}!${cell.address}`).toBeInstanceOf(Date);
      expect(cell.numFmt).toBe("yyyy/mm/dd");
      dates++;
    }
  }
  if (name === "enterprise-architect.xlsx") expect(dates).toBeGreaterThan(0);
});
