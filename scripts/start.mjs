// `npm start`: the whole app on one command. Uses DATABASE_URL when set,
// otherwise an embedded PostgreSQL whose data lives in .data/ (git-ignored);
// migrates, loads the demo data once, builds when the sources changed, and
// serves on PORT (default 3000). `--dev` runs `next dev` instead.
import { resolveDatabase } from "./lib/database.mjs";
import { baseEnv, bin, generateClient, migrate, runOrFail, seed } from "./lib/run.mjs";
import { buildIsCurrent, recordBuild } from "./lib/build-fingerprint.mjs";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";

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

const server = spawn(bin("next"), [dev ? "dev" : "start", "-p", port], {
  stdio: "inherit",
  env: { ...process.env, ...baseEnv, DATABASE_URL: database.url, NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}` },
});
console.log(`Programmamonitor: http://localhost:${port}`);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => shutdown(code ?? 0));

function redact(url) {
  return url.replace(/\/\/([^:@/]+):[^@/]+@/, "//$1:***@");
}
