import { execFileSync } from "node:child_process";
import path from "node:path";

/** Removes what a journey created in the werkplek (see remove-document.ts) from the database the app under test uses. */
export function removeEnteredDocument(kind: "BEGROTING" | "BESTUURSRAPPORTAGE" | "JAARSTUKKEN", year: number) {
  if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL ontbreekt: start de e2e-tests met `npm test` of `npm run test:e2e`.");
  execFileSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", path.join("e2e", "support", "remove-document.ts"), kind, String(year)],
    { env: { ...process.env, DEMO_MODE: "1" }, stdio: ["ignore", "inherit", "inherit"], timeout: 60_000 },
  );
}
