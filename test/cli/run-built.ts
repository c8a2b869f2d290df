// The compiled CLI, as `npm ci` builds it (bin/license-rules.mjs): the tests that run it as a user does build it
// first, so they test the sources of this checkout.
import { execFileSync } from "node:child_process";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const CLI = path.join(ROOT, "bin", "license-rules.mjs");

let built = false;

export function buildCli(): void {
  if (built) return;
  execFileSync(process.execPath, [path.join(ROOT, "scripts", "build-cli.mjs")], { cwd: ROOT, stdio: "inherit" });
  built = true;
}

/** The CLI run in this process, as the tests of its behaviour run it: exit code and what it printed. */
export async function runInProcess(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const { runCli } = await import("../../src/cli/cli");
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, new Date(2025, 9, 1));
  return { code, out: out.join("\n"), err: err.join("\n") };
}
