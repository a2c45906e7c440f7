// npm run db:migrate | db:seed | db:reset — against DATABASE_URL, or the embedded PostgreSQL.
import { resolveDatabase } from "./lib/database.mjs";
import { generateClient, migrate, seed } from "./lib/run.mjs";
import pg from "pg";

const command = process.argv[2];
const database = await resolveDatabase({ purpose: "app" });
try {
  if (command === "migrate") {
    await migrate(database.url);
  } else if (command === "seed") {
    await generateClient();
    await seed(database.url, { force: process.argv.includes("--force") });
  } else if (command === "reset") {
    await resetSchema(database.url);
    await migrate(database.url);
    await generateClient();
    await seed(database.url);
  } else {
    console.error("Gebruik: node scripts/db.mjs migrate|seed|reset");
    process.exitCode = 1;
  }
} finally {
  await database.stop();
}

/** Drops everything in the public schema: the database itself may not be ours to drop. */
async function resetSchema(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("drop schema if exists public cascade; create schema public;");
  } finally {
    await client.end();
  }
}
