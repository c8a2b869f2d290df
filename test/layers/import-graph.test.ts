// The layers' import graph (ARCHITECTURE "The shape we aim for"): the core at the bottom with no arrow out of it, its
// words (src/i18n) above it, rendering (src/render) above both, and the adapters on top.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, test } from "vitest";

const SRC = path.resolve(import.meta.dirname, "../../src");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(name) ? [p] : [];
  });
}

/** Each import of a file: a package name, or the top folder of src/ it lands in (core, i18n, render, cli, …). */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  return importedFiles.map(({ fileName }) => {
    if (!fileName.startsWith(".")) return `package:${fileName}`;
    const target = path.relative(SRC, path.resolve(path.dirname(file), fileName));
    return target.startsWith("..") ? `outside:${target}` : (target.split(path.sep)[0] ?? target);
  });
}

/** Layer → what its files may import (besides their own layer). */
const ALLOWED: Record<string, readonly string[]> = {
  core: ["package:zod"],
  i18n: ["core"],
  render: ["core", "i18n"],
};

describe("the import graph", () => {
  for (const [layer, allowed] of Object.entries(ALLOWED)) {
    test(`src/${layer} imports only ${[layer, ...allowed].join(", ")}`, () => {
      const arrows = sources(path.join(SRC, layer)).flatMap((file) =>
        importsOf(file)
          .filter((to) => to !== layer && !allowed.includes(to))
          .map((to) => `${path.relative(SRC, file)} → ${to}`),
      );
      expect(arrows).toEqual([]);
    });
  }

  test("the check sees an arrow out of the core (it is not vacuous)", () => {
    const probe = path.join(SRC, "core/inventory/read.ts");
    expect(importsOf(probe)).toContain("core");
    expect(importsOf(path.join(SRC, "render/rows.ts"))).toEqual(expect.arrayContaining(["core", "i18n"]));
  });
});
