// The CLI as a package: `npm pack` builds it (the prepare script), the tarball installs into an empty folder with its
// runtime packages (from the npm cache when they are there) and `npx license-rules` runs from it.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { ROOT } from "./run-built";

const npm = (args: string[], cwd: string): string =>
  execFileSync("npm", args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, npm_config_audit: "false", npm_config_fund: "false" },
  });

test("npm pack → npm install of the tarball → npx license-rules annotate", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "license-rules-pack-"));
  npm(["pack", "--pack-destination", dir, "--silent"], ROOT);
  const [tarball] = readdirSync(dir).filter((f) => f.endsWith(".tgz"));
  if (tarball === undefined) throw new Error("npm pack wrote no tarball");
  const app = path.join(dir, "app");
  mkdirSync(app);
  writeFileSync(path.join(app, "package.json"), JSON.stringify({ name: "try-license-rules", version: "1.0.0", private: true }));
  npm(["install", "--prefer-offline", "--no-save", path.join(dir, tarball)], app);

  copyFileSync(path.join(ROOT, "assets/samples/inventory.xlsx"), path.join(app, "inventory.xlsx"));
  const printed = execFileSync("npx", ["--no-install", "license-rules", "annotate", "inventory.xlsx", "--lang", "en"], {
    cwd: app,
    encoding: "utf8",
  });
  expect(printed).toContain("Written: inventory.annotated.xlsx");
  expect(existsSync(path.join(app, "inventory.annotated.xlsx"))).toBe(true);
  // without a file: the sample the package ships
  const json = execFileSync("npx", ["--no-install", "license-rules", "annotate", "--json", "--sheet", "例3 クラスタ"], {
    cwd: app,
    encoding: "utf8",
  });
  expect((JSON.parse(json) as unknown[]).length).toBe(3);
}, 300_000);
