// One case of bench (b), run in a fresh process so neither side inherits the other's heap:
//   node --import tsx bench/cli-case.ts make FILE ROWS | plain FILE | cli FILE
// Prints the seconds the case took (make prints nothing).
import ExcelJS from "exceljs";
import { runCli } from "../src/cli/cli";
import { generateValues } from "./generate";

const [mode, file = "", rows = "100000"] = process.argv.slice(2);
const out = file.replace(/\.xlsx$/, `.${mode}.xlsx`);
const t0 = performance.now();
if (mode === "make") {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("在庫");
  for (const row of generateValues(Number(rows))) ws.addRow(row);
  await wb.xlsx.writeFile(file);
} else if (mode === "plain") {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  await wb.xlsx.writeFile(out);
} else if (mode === "cli") {
  const code = await runCli(["annotate", file, "--out", out, "--as-of", "2025-10-01"], {
    out: () => undefined,
    err: (t) => console.error(t),
  });
  if (code !== 0) throw new Error(`CLI exited ${code}`);
} else {
  throw new Error(`unknown case ${mode}`);
}
if (mode !== "make") console.log(((performance.now() - t0) / 1000).toFixed(3));
