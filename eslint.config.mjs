// Lint: TypeScript's recommended rules, React hooks, and every Office add-in rule as an error.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";

const officeRules = Object.fromEntries(
  Object.keys(officeAddins.rules).map((rule) => [`office-addins/${rule}`, "error"]),
);

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "demo/**", "coverage/**", "out/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins, "react-hooks": reactHooks },
    rules: {
      ...officeRules,
      ...reactHooks.configs.recommended.rules,
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-console": ["error", { allow: ["warn", "error"] }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/cli/**", "scripts/**", "test/**"],
    rules: { "no-console": "off" },
  },
);
