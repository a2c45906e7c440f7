import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// ESM has no __dirname of its own; derive it so the config works without relying
// on the bundler injecting one.
const __dirname = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      // `server-only` throws outside a React Server Component; tests import data
      // modules directly, so it becomes an empty module here.
      "server-only": path.resolve(__dirname, "tests/empty-module.ts"),
      "@": path.resolve(__dirname),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "tests/integration/**/*.test.ts", "scripts/**/*.test.mjs"],
    environment: "node",
    // Integration tests share one PostgreSQL database; running files in parallel
    // would let them see each other's rows.
    fileParallelism: false,
    testTimeout: 30000,
  },
});
