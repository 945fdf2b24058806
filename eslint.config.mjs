import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";

export default tseslint.config(
  { ignores: ["dist/**", "dist-e2e*/**", "node_modules/**", "coverage/**", "test-output/**", "bin/**", "*.config.js"] },
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.{ts,tsx}", "test/**/*.{ts,tsx}", "bench/**/*.ts", "scripts/**/*.ts"],
    plugins: { "office-addins": officeAddins, "react-hooks": reactHooks },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Only src/word (and the pane's entry point) may touch the Office.js globals.
    files: ["src/core/**/*.ts", "src/docx/**/*.ts", "src/taskpane/**/*.{ts,tsx}", "src/cli/**/*.ts"],
    ignores: ["src/taskpane/index.tsx"],
    rules: { "no-restricted-globals": ["error", "Office", "Word"] },
  },
  {
    // The functional core is pure: no Office.js, React, DOM or Node.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", "Office", "Word", "window", "document", "process", "require"],
      "no-restricted-imports": ["error", { patterns: ["react", "react-dom", "@fluentui/*", "node:*", "fs", "path", "jszip", "@xmldom/*", "../word/*", "../docx/*", "../taskpane/*", "../cli/*"] }],
    },
  },
);
