#!/usr/bin/env node
// Entry point: `npm run -s license-rules -- annotate [FILE] …`. Exit 0 when it ran, 2 for unusable input.
import { runCli } from "./cli";

runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
})
  .then((code) => {
    process.exitCode = code;
  })
  .catch((e: unknown) => {
    // A bug, not bad input: one line, no stack trace for the user.
    process.stderr.write(`license-rules: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
