// `prisma generate` without network: Prisma 7's client needs no native engine,
// but the CLI checks that a schema-engine binary exists and would try to
// download it. Pointing it at any existing file satisfies the check.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { root } from "./lib/paths.mjs";

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(root, "package.json");
const res = spawnSync(process.execPath, [path.join(root, "node_modules/prisma/build/index.js"), "generate"], {
  cwd: root,
  env,
  stdio: ["ignore", "pipe", "inherit"],
});
if (res.status !== 0) process.exit(res.status ?? 1);
