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

// A reader that stops reading (`… | head`) closes the pipe: what is left to print is dropped, and the run goes on to
// write its copy and exit as it would have — never a stack trace for a closed pipe.
const closed = { stdout: false, stderr: false };
for (const name of ["stdout", "stderr"] as const)
  process[name].on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    closed[name] = true;
  });
const print = (name: "stdout" | "stderr", text: string): void => {
  if (!closed[name]) process[name].write(`${text}\n`);
};

runCli(process.argv.slice(2), {
  out: (t) => print("stdout", t),
  err: (t) => print("stderr", t),
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
