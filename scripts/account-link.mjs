// Runs scripts/account-link.ts against DATABASE_URL or the embedded PostgreSQL.
import path from "node:path";
import { resolveDatabase } from "./lib/database.mjs";
import { baseEnv, run } from "./lib/run.mjs";
import { root } from "./lib/paths.mjs";

const database = await resolveDatabase({ purpose: "app", reuseRunning: true });
try {
  process.exitCode = await run(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", path.join(root, "scripts/account-link.ts"), ...process.argv.slice(2)],
    { env: { ...baseEnv, DATABASE_URL: database.url } },
  );
} finally {
  await database.stop();
}
