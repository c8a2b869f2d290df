#!/usr/bin/env node
// Entry point: `license-rules annotate [FILE] …`. Exit 0 when it ran, 2 for unusable input, 1 for a bug.
import { removeTempFiles } from "./atomic-write";
import { runCli } from "./cli";

let settled = false;

// Interrupted while writing: the temp file goes, the previous copy (if any) stays as it was.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
  process.once(signal, () => {
    removeTempFiles();
    process.exit(128 + (signal === "SIGINT" ? 2 : signal === "SIGTERM" ? 15 : 1));
  });

// Nothing left to wait for but no answer: a bug (a stream that never ended), never a silent success.
process.on("beforeExit", () => {
  if (settled) return;
  settled = true;
  removeTempFiles();
  process.stderr.write("license-rules: stopped before finishing (internal error)\n");
  process.exitCode = 1;
});

runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
})
  .then((code) => {
    settled = true;
    process.exitCode = code;
  })
  .catch((e: unknown) => {
    settled = true;
    removeTempFiles();
    // A bug, not bad input: one line, no stack trace for the user.
    process.stderr.write(`license-rules: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
