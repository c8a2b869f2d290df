// Issue 11's acceptance: every hostile and foreign-writer input of the corpus, handed to the compiled CLI in a process
// of its own, ends in exit 0 with a well-formed copy (parts it did not write byte for byte, every input cell as
// written) or in exit 2 with exactly one line, never a crash or a hang, and under 1 GiB of memory.
import { execFile } from "node:child_process";
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { checkCopy } from "./corpus/check-copy";
import type { CorpusCase } from "./corpus/make-corpus";
import { makeCorpus } from "./corpus/make-corpus";
import { buildCli, CLI } from "./run-built";

const GIB = 1024 ** 3;
const REPORT_RSS = path.resolve(import.meta.dirname, "corpus/report-rss.mjs");

let dir = "";
let cases: CorpusCase[] = [];
beforeAll(async () => {
  buildCli();
  dir = mkdtempSync(path.join(tmpdir(), "license-rules-corpus-"));
  cases = await makeCorpus(path.join(dir, "in"));
}, 120_000);

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly rss: number;
}

function runCli(args: readonly string[], rssFile: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ["--import", REPORT_RSS, CLI, ...args],
      { env: { ...process.env, LICENSE_RULES_RSS_FILE: rssFile }, timeout: 90_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : null;
        const rss = existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) : NaN;
        resolve({ code, stdout, stderr, rss });
      },
    );
    child.stdin?.end();
  });
}

const outOf = (c: CorpusCase, k: number): string => c.out ?? path.join(dir, `out-${k}.xlsx`);

describe("the corpus", () => {
  // the corpus is made in beforeAll; its names are known only then, so one test walks it
  test("every input: exit 0 with a well-formed copy, or exit 2 with one line; under 1 GiB", async () => {
    expect(cases.length).toBeGreaterThan(25);
    const failures: string[] = [];
    for (const [k, c] of cases.entries()) {
      const out = outOf(c, k);
      const run = await runCli(
        [c.command ?? "annotate", c.input, "--out", out, "--as-of", "2025-10-01"],
        path.join(dir, `rss-${k}`),
      );
      const label = `${c.name} (${path.basename(c.input)})`;
      try {
        expect(run.rss, `${label}: peak memory`).toBeLessThan(GIB);
        if (c.expect === "refused") {
          expect([run.code, run.stdout], label).toEqual([2, ""]);
          expect(run.stderr.trimEnd().split("\n"), `${label}: one line`).toHaveLength(1);
          expect(run.stderr, label).toMatch(c.message ?? /./);
          if (!c.out?.endsWith(".csv")) expect(existsSync(out), `${label}: nothing written`).toBe(false);
        } else {
          expect([run.code, run.stderr], label).toEqual([0, ""]);
          await checkCopy(readFileSync(c.input), readFileSync(out));
          // the copy reads back: annotating it again runs as well
          const again = await runCli(
            ["annotate", out, "--out", path.join(dir, `again-${k}.xlsx`)],
            path.join(dir, `rss-again-${k}`),
          );
          expect([again.code, again.stderr], `${label}: the copy annotated again`).toEqual([0, ""]);
        }
      } catch (e) {
        failures.push(`${label}: ${(e as Error).message.split("\n")[0]}`);
      }
    }
    expect(failures).toEqual([]);
    // no temp file is left behind, whatever happened
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(readdirSync(path.join(dir, "in")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 600_000);

  test("a symbolic link at --out is replaced by the copy, never followed: its target is left as it was", () => {
    const linked = cases.find((c) => c.name.includes("symbolic link"));
    if (!linked?.out) throw new Error("no symlink case");
    expect(lstatSync(linked.out).isSymbolicLink()).toBe(false);
    expect(lstatSync(linked.out).isFile()).toBe(true);
    expect(readFileSync(path.join(path.dirname(linked.out), "link-target.txt"), "utf8")).toBe("the link's target: never written");
  });
});
