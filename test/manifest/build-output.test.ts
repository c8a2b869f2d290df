// @vitest-environment jsdom
// The build's side of the manifest (issue 5): ADDIN_URL rewrites every dev-server URL of the deployed manifest, and
// the files the manifest names are the files webpack writes — checked without running webpack.
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { describe, expect, test } from "vitest";
import { allowErrorInputs, rewriteAddinUrl } from "../../scripts/addin-url.mjs";
import webpackConfig from "../../webpack.config.js";
import { Manifest, ROOT, manifestText } from "./manifest-xml";

describe("ADDIN_URL", () => {
  const source = manifestText();
  const before = new Manifest(source).urls();

  test.each(["https://addins.example.jp/license-rules", "https://addins.example.jp/license-rules/", "https://cdn.example.com"])(
    "%s: every URL moves there, nothing else changes",
    (addinUrl) => {
      const rewritten = rewriteAddinUrl(source, addinUrl);
      expect(rewritten).not.toContain("localhost");
      const base = addinUrl.replace(/\/$/, "");
      const after = new Manifest(rewritten).urls();
      expect(after).toEqual(before.map((u) => u.replace("https://localhost:3000", base)));
      expect(after).toContain(`${base}/taskpane.html`);
      expect(rewritten.replaceAll(base, "https://localhost:3000")).toBe(source);
    },
  );

  test.each(["https://addins.example.jp/sales&admin", "https://addins.example.jp/o'brien/rules"])(
    "%s: XML specials in the path are escaped, and the manifest reads back the same URL",
    (addinUrl) => {
      const after = new Manifest(rewriteAddinUrl(source, addinUrl)).urls(); // throws when not well-formed
      expect(after).toEqual(before.map((u) => u.replace("https://localhost:3000", addinUrl)));
    },
  );

  test("no ADDIN_URL: the manifest is copied unchanged (development)", () => {
    expect(rewriteAddinUrl(source, undefined)).toBe(source);
    expect(rewriteAddinUrl(source, "")).toBe(source);
  });

  test.each(["http://addins.example.jp", "addins.example.jp", "https://addins.example.jp/?v=1"])(
    "%s is refused: Office loads https only",
    (bad) => {
      expect(() => rewriteAddinUrl(source, bad)).toThrow(/ADDIN_URL/);
    },
  );
});

test("functions.json lets error cells reach the functions (one bad cell = one bad row), without the pair that crashes Office 2021", async () => {
  // What the build writes: the metadata generated from the JSDoc, then allowErrorInputs (webpack.config.js).
  const generated = await generateCustomFunctionsMetadata(path.join(ROOT, "src/functions/functions.ts"));
  expect(generated.errors).toEqual([]);
  expect(JSON.parse(generated.metadataJson)).toHaveProperty("allowCustomDataForDataTypeAny", true); // the generator's default
  const out = JSON.parse(allowErrorInputs(generated.metadataJson)) as Record<string, unknown>;
  expect(out.allowErrorForDataTypeAny).toBe(true);
  // office-js #4385: allowCustomDataForDataTypeAny with allowErrorForDataTypeAny crashes volume-licensed Office 2021
  expect(out).not.toHaveProperty("allowCustomDataForDataTypeAny");
  expect(out.functions).toEqual(JSON.parse(generated.metadataJson).functions);
  // every matrix parameter is of type any, the type those flags are about
  const params = (out.functions as { parameters: { type: string }[] }[]).flatMap((f) => f.parameters);
  expect(new Set(params.map((p) => p.type))).toEqual(new Set(["any"]));
});

test("the manifest's URLs name files the production build writes", async () => {
  const config = await webpackConfig({}, { mode: "production" });
  const plugins = config.plugins as {
    constructor: { name: string };
    userOptions?: { filename?: string; chunks?: string[] };
    options?: { output?: string };
  }[];
  const pages = plugins.filter((p) => p.constructor.name === "HtmlWebpackPlugin");
  const html = pages.find((p) => p.userOptions?.filename === "taskpane.html");
  const metadata = plugins.find((p) => p.constructor.name === "CustomFunctionsMetadataPlugin");
  const written = new Set([
    ...Object.keys(config.entry as Record<string, string>).map((name) =>
      (config.output?.filename as string).replace("[name]", name),
    ),
    ...pages.map((p) => p.userOptions?.filename),
    metadata?.options?.output,
  ]);
  // One page carries both bundles: the functions must be associated in the task pane's (shared) runtime.
  expect(html?.userOptions?.chunks).toEqual(["functions", "taskpane"]);
  const files = new Manifest(manifestText())
    .urls()
    .map((u) => new URL(u).pathname.slice(1))
    .filter((p) => !p.startsWith("assets/"));
  expect(files.length).toBeGreaterThanOrEqual(4);
  for (const f of files) expect(written, f).toContain(f);
  expect(config.devtool).toBe(false); // no source maps in the production build
});
