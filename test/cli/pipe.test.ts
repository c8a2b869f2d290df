// A user pipes the CLI into a reader that stops early (`… | head`): the closed pipe is no crash, and the copy is
// still written.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { buildCli, CLI, ROOT } from "./run-built";

beforeAll(() => buildCli());

test("a reader that closes the pipe after one byte: exit 0, no stack trace, the copy written", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "license-rules-pipe-"));
  const input = path.join(dir, "inventory.xlsx");
  copyFileSync(path.join(ROOT, "assets/samples/inventory.xlsx"), input);
  // pipefail: the pipeline's status is the CLI's; `head -c 1` closes the pipe before the summary is printed
  const r = spawnSync("bash", ["-c", `set -o pipefail; "${process.execPath}" "${CLI}" annotate "${input}" | head -c 1`], {
    encoding: "utf8",
  });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  expect(existsSync(path.join(dir, "inventory.annotated.xlsx"))).toBe(true);
});
