import { execFileSync } from "node:child_process";
import path from "node:path";

/**
 * Puts the demo working document into a known state (see reset-workspace.ts)
 * in the database the app under test uses: DATABASE_URL, which `npm test`
 * gives both the web server and this test process.
 */
export function resetWorkspace(scenario: "leeg" | "begroot" | "ingediend" | "goedgekeurd", token = "e2e") {
  if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL ontbreekt: start de e2e-tests met `npm test` of `npm run test:e2e`.");
  execFileSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", path.join("e2e", "support", "reset-workspace.ts"), scenario, token],
    { env: { ...process.env, DEMO_MODE: "1" }, stdio: ["ignore", "inherit", "inherit"], timeout: 60_000 },
  );
}

/** A marker unique to one test run, to recognise a test's own figures on a page. */
export function runToken(): string {
  return `e2e${Date.now().toString(36)}`;
}
