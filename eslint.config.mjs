import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const prismaBan = {
  paths: [{ name: "@/lib/db", message: "Only data.ts and mutations.ts modules talk to the database.", allowTypeImports: true }],
  patterns: [
    {
      group: ["@/lib/generated/prisma/client", "**/generated/prisma/client"],
      message: "Only data/mutation modules import the Prisma client.",
      allowTypeImports: true,
    },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".next-*/**", "node_modules/**", "lib/generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Numbers are rendered by lib/format/number.ts only.
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name='toLocaleString']",
          message: "Format numbers with lib/format/number.ts.",
        },
      ],
    },
  },
  // Layering: pages and components never reach the database directly.
  {
    files: ["app/**", "components/**"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", prismaBan] },
  },
  {
    files: ["lib/**"],
    ignores: [
      "lib/db.ts",
      "lib/**/data.ts",
      "lib/**/mutations.ts",
      "lib/**/*.test.ts",
    ],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", prismaBan] },
  },
]);
