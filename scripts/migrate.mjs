// Applies committed migrations to DATABASE_URL. Run with --experimental-wasm-modules.
import { applyMigrations } from "./lib/schema-engine.mjs";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set.");
  process.exit(1);
}
const applied = await applyMigrations(url);
console.log(applied.length ? `Migraties toegepast: ${applied.join(", ")}` : "Database is bij: geen nieuwe migraties.");
