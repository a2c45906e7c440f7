// Applies committed migrations to DATABASE_URL, then the idempotent SQL in
// prisma/sql/ (triggers and the like, which Prisma cannot express).
// Run with --experimental-wasm-modules.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "./lib/schema-engine.mjs";
import { root } from "./lib/paths.mjs";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set.");
  process.exit(1);
}
const applied = await applyMigrations(url);
console.log(applied.length ? `Migraties toegepast: ${applied.join(", ")}` : "Database is bij: geen nieuwe migraties.");

const sqlDir = path.join(root, "prisma/sql");
const files = fs.existsSync(sqlDir) ? fs.readdirSync(sqlDir).filter((f) => f.endsWith(".sql")).sort() : [];
if (files.length) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const f of files) await client.query(fs.readFileSync(path.join(sqlDir, f), "utf8"));
  } finally {
    await client.end();
  }
}
