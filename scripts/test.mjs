// `npm test`: everything CI runs, against a real PostgreSQL (the embedded
// test cluster in .data/pg-test, or TEST_DATABASE_URL), ending with one line
// "N passed, N failed". --only=unit | --only=e2e runs a part.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { resolveDatabase } from "./lib/database.mjs";
import { baseEnv, bin, generateClient, migrate, run, seed } from "./lib/run.mjs";
import { root } from "./lib/paths.mjs";

// Tests sign in as the demo users; the build and server need a secret.
process.env.DEMO_MODE ??= "1";
process.env.NEXTAUTH_SECRET ??= "test-secret-not-for-production-0123456789abcdef";

const only = process.argv.find((a) => a.startsWith("--only="))?.slice(7) ?? "all";
// Anything else is handed to Playwright: `npm run test:e2e -- e2e/cycle-parity.spec.ts` runs one spec.
const playwrightArgs = process.argv.slice(2).filter((a) => !a.startsWith("--only="));
const resultsDir = path.join(root, "test-results");
fs.mkdirSync(resultsDir, { recursive: true });

const steps = [];
async function step(name, fn) {
  const started = Date.now();
  console.log(`\n=== ${name}`);
  let ok = false;
  try {
    ok = (await fn()) !== false;
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
  }
  steps.push({ name, ok, seconds: Math.round((Date.now() - started) / 1000) });
  return ok;
}
const exec = (cmd, args, env = {}) => run(cmd, args, { env: { ...baseEnv, ...env } }).then((code) => code === 0);

async function resetDatabase(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("drop schema if exists public cascade; create schema public;");
  } finally {
    await client.end();
  }
  await migrate(url);
  await seed(url);
}

await step("Prisma client genereren", () => generateClient());
if (only === "all") {
  await step("Typecheck (tsc)", () => exec(bin("tsc"), ["--noEmit"]));
  await step("Lint (eslint)", () => exec(bin("eslint"), [".", "--max-warnings=0"]));
}

const database = await resolveDatabase({ purpose: "test" });
let counts = { passed: 0, failed: 0 };
try {
  const env = { DATABASE_URL: database.url, TEST_DATABASE_URL: database.url };
  if (only === "all") {
    await step("Migraties gelijk aan schema.prisma", () =>
      exec(process.execPath, ["--experimental-wasm-modules", "--no-warnings", "scripts/migration-create.mjs", "--check"], env),
    );
  }
  await step("Testdatabase opnieuw opbouwen (migraties + demodata)", () => resetDatabase(database.url));
  if (only !== "e2e") {
    const out = path.join(resultsDir, "vitest.json");
    fs.rmSync(out, { force: true });
    await step("Unit- en integratietests (vitest)", () =>
      exec(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${out}`], env),
    );
    counts = add(counts, vitestCounts(out));
  }
  if (only !== "unit") {
    await step("Testdatabase opnieuw opbouwen voor e2e", () => resetDatabase(database.url));
    const built = await step("Productiebuild (next build)", () => exec(bin("next"), ["build"], env));
    if (built) {
      const out = path.join(resultsDir, "playwright.json");
      fs.rmSync(out, { force: true });
      await step("End-to-end (Playwright)", () => exec(bin("playwright"), ["test", ...playwrightArgs], { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: out }));
      counts = add(counts, playwrightCounts(out));
    }
  }
} finally {
  await database.stop();
}

console.log("\n=== Samenvatting");
for (const s of steps) console.log(`${s.ok ? "ok  " : "FOUT"}  ${s.name} (${s.seconds}s)`);
const failedSteps = steps.filter((s) => !s.ok).length;
console.log(`\n${counts.passed} passed, ${counts.failed + failedSteps} failed`);
process.exit(failedSteps > 0 || counts.failed > 0 ? 1 : 0);

function add(a, b) {
  return { passed: a.passed + b.passed, failed: a.failed + b.failed };
}
function vitestCounts(file) {
  if (!fs.existsSync(file)) return { passed: 0, failed: 0 };
  const r = JSON.parse(fs.readFileSync(file, "utf8"));
  return { passed: r.numPassedTests ?? 0, failed: (r.numFailedTests ?? 0) + (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0) };
}
function playwrightCounts(file) {
  if (!fs.existsSync(file)) return { passed: 0, failed: 0 };
  const s = JSON.parse(fs.readFileSync(file, "utf8")).stats ?? {};
  return { passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: (s.unexpected ?? 0) + (s.skipped ?? 0) };
}
