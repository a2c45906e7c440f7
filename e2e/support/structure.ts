import { execFileSync } from "node:child_process";
import path from "node:path";

/** Removes the structure journey's documents and programmes (see remove-structure-test-data.ts) from DATABASE_URL. */
export function removeStructureTestData() {
  if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL ontbreekt: start de e2e-tests met `npm test` of `npm run test:e2e`.");
  execFileSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", path.join("e2e", "support", "remove-structure-test-data.ts")],
    { env: { ...process.env, DEMO_MODE: "1" }, stdio: ["ignore", "inherit", "inherit"], timeout: 60_000 },
  );
}
