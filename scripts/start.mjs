// `npm start`: the whole app on one command. Uses DATABASE_URL when set,
// otherwise an embedded PostgreSQL whose data lives in .data/ (git-ignored);
// migrates, loads the demo data once, builds when the sources changed, and
// serves on PORT (default 3000). `--dev` runs `next dev` instead. A crashed
// server is started again (scripts/lib/supervise.mjs); the database stops only
// when `npm start` itself is stopped.
import { resolveDatabase } from "./lib/database.mjs";
import { baseEnv, bin, generateClient, migrate, runOrFail, seed } from "./lib/run.mjs";
import { buildIsCurrent, recordBuild } from "./lib/build-fingerprint.mjs";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import os from "node:os";
import { supervise } from "./lib/supervise.mjs";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";

// On the embedded database (a fresh machine) the app runs as a demo, with the
// demo users of the README. With your own DATABASE_URL it does not, unless DEMO_MODE=1.
if (process.env.DEMO_MODE === undefined && (dev || !process.env.DATABASE_URL)) process.env.DEMO_MODE = "1";
// A demo needs no configured secret; production must set NEXTAUTH_SECRET (the app refuses to run without).
if (!process.env.NEXTAUTH_SECRET && process.env.DEMO_MODE === "1") {
  process.env.NEXTAUTH_SECRET = randomBytes(32).toString("base64url");
}

const database = await resolveDatabase({ purpose: "app", log: process.env.DEBUG_PG ? console.log : undefined });
console.log(database.embedded ? `PostgreSQL (ingebouwd) draait: ${redact(database.url)}` : `PostgreSQL: ${redact(database.url)}`);

let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  await database.stop().catch(() => {});
  process.exit(code);
}

try {
  await migrate(database.url);
  await generateClient();
  await seed(database.url);
  if (!dev && !buildIsCurrent()) {
    console.log("Bouwen (next build)…");
    await runOrFail(bin("next"), ["build"], { env: { ...baseEnv, DATABASE_URL: database.url } });
    recordBuild();
  }
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  await shutdown(1);
}

// A heap limit of its own makes a runaway render fail fast in the server
// process (which the supervisor restarts) instead of swapping the machine.
const heapMb = Math.min(2048, Math.floor(os.totalmem() / 1024 / 1024 / 2));
const nodeOptions = /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? "")
  ? process.env.NODE_OPTIONS
  : `${process.env.NODE_OPTIONS ?? ""} --max-old-space-size=${heapMb}`.trim();

const supervisor = supervise({
  start: () =>
    spawn(bin("next"), [dev ? "dev" : "start", "-p", port], {
      stdio: "inherit",
      env: {
        ...process.env,
        ...baseEnv,
        NODE_OPTIONS: nodeOptions,
        DATABASE_URL: database.url,
        NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
      },
    }),
  onGiveUp: () => shutdown(1),
});
console.log(`Programmamonitor: http://localhost:${port}`);
// Only stopping `npm start` itself stops the database, after the server has exited.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => supervisor.stop(signal).then(() => shutdown(0)));
}

function redact(url) {
  return url.replace(/\/\/([^:@/]+):[^@/]+@/, "//$1:***@");
}
