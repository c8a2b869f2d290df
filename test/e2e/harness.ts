// What the e2e test stands on: the task pane built by the project's webpack config, the fake office.js bundled for
// the browser, and a tiny static server on 127.0.0.1.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { build } from "vite";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const CHROMIUM = "/usr/bin/chromium";
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** `webpack --mode production` with the project's config — what ships — into a fresh folder (dist/ is left alone). */
export function buildPane(): string {
  const out = mkdtempSync(path.join(os.tmpdir(), "license-rules-e2e-"));
  const r = spawnSync("npx", ["webpack", "--mode", "production", "--output-path", out], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0 || !existsSync(path.join(out, "taskpane.html")))
    throw new Error(`webpack failed:\n${r.stdout}\n${r.stderr}`);
  return out;
}

/** test/e2e/fake-office-entry.ts as one classic script. */
export async function bundleFakeOffice(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: "silent",
    build: {
      write: false,
      minify: false,
      lib: { entry: path.join(ROOT, "test/e2e/fake-office-entry.ts"), formats: ["iife"], name: "FakeOffice" },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const chunk = outputs.flatMap((o) => ("output" in o ? o.output : [])).find((c) => c.type === "chunk");
  if (!chunk || chunk.type !== "chunk") throw new Error("vite produced no script");
  return chunk.code;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

export async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, path.normalize(decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/")));
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
