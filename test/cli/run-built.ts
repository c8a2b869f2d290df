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
