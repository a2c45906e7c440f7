// Which PostgreSQL the app and the scripts use: DATABASE_URL when set,
// otherwise the embedded cluster in .data/ (started here, stopped by the caller).
import path from "node:path";
import { dataDir } from "./paths.mjs";
import { startEmbeddedPostgres } from "./embedded-postgres.mjs";

export const DEV_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
export const TEST_PORT = Number(process.env.EMBEDDED_PG_TEST_PORT ?? 54339);

/**
 * @param {{ purpose: "app" | "test", log?: (m: string) => void, reuseRunning?: boolean }} options
 * @returns {Promise<{ url: string, embedded: boolean, stop: () => Promise<void>, server?: any }>}
 */
export async function resolveDatabase({ purpose, log, reuseRunning = false }) {
  const external = purpose === "test" ? process.env.TEST_DATABASE_URL : process.env.DATABASE_URL;
  if (external) return { url: external, embedded: false, stop: async () => {} };
  const server = await startEmbeddedPostgres({
    // The test cluster's folder carries its port, so parallel runs on other ports do not collide.
    dir: path.join(dataDir, purpose === "test" ? `pg-test-${TEST_PORT}` : "pg"),
    port: purpose === "test" ? TEST_PORT : DEV_PORT,
    database: purpose === "test" ? "programmamonitor_test" : "programmamonitor",
    log,
    reuseRunning,
  });
  return { url: server.url, embedded: true, stop: server.stop, server };
}
