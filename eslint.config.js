// One linter that can fail: typescript-eslint's recommended rules, the Office add-in rules, and the core's purity.
import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import path from "node:path";
import tseslint from "typescript-eslint";

const CORE = path.resolve(import.meta.dirname, "src/core");
/** Packages the pure core may import. */
const CORE_PACKAGES = new Set(["zod"]);

/** The core sits at the bottom of the import graph: nothing it imports may lie outside src/core (but zod). */
const coreStaysInside = {
  meta: { type: "problem", messages: { outside: "src/core imports nothing outside src/core (found {{spec}})." } },
  create(context) {
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== "string") return;
      const inside = spec.startsWith(".")
        ? path.resolve(path.dirname(context.filename), spec).startsWith(CORE + path.sep)
        : CORE_PACKAGES.has(spec);
      if (!inside) context.report({ node: node.source, messageId: "outside", data: { spec } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default tseslint.config(
  { ignores: ["dist/", "bin/", "node_modules/", "coverage/", ".bench/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: "readonly", process: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/excel/**/*.ts", "src/functions/**/*.ts", "src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/call-sync-after-load": "error",
    },
  },
  {
    files: ["src/core/**/*.ts"],
    plugins: { layers: { rules: { "core-stays-inside": coreStaysInside } } },
    rules: { "layers/core-stays-inside": "error" },
  },
  {
    files: ["src/core/**/*.ts", "src/i18n/**/*.ts", "src/render/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-*", "@fluentui/*", "exceljs", "office-*", "@microsoft/*", "node:*", "fs", "path"],
              message: "src/core, src/i18n and src/render are pure: no host, UI, file system or Node APIs.",
            },
            {
              group: ["**/excel/**", "**/cli/**", "**/taskpane/**", "**/functions/**"],
              message: "The core, its words and its rendering do not depend on the adapters.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", "Excel", "Office", "CustomFunctions", "document", "window", "process"],
    },
  },
);
