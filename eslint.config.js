// One linter that can fail: typescript-eslint's recommended rules, the Office add-in rules, and the core's purity.
import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

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
    files: ["src/core/**/*.ts", "src/i18n/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-*", "@fluentui/*", "exceljs", "office-*", "@microsoft/*", "node:*", "fs", "path"],
              message: "src/core is the pure core: no host, UI, file system or Node APIs.",
            },
            {
              group: ["**/excel/**", "**/cli/**", "**/taskpane/**", "**/functions/**"],
              message: "The core does not depend on its adapters.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", "Excel", "Office", "CustomFunctions", "document", "window", "process"],
    },
  },
);
