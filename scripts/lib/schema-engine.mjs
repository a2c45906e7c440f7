// Prisma's schema engine as WebAssembly: the native engine cannot be downloaded
// on closed networks. See docs/decisions/0001-migrations-on-the-wasm-engine.md.
// Needs `node --experimental-wasm-modules`.
import fs from "node:fs";
import path from "node:path";
import { SchemaEngine } from "@prisma/schema-engine-wasm";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { migrationsDir, schemaPath } from "./paths.mjs";

const noFilters = { externalTables: [], externalEnums: [] };
const LOCKFILE = "migration_lock.toml";

export async function withEngine(connectionString, fn) {
  const schema = fs.readFileSync(schemaPath, "utf8");
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString }));
  const engine = await SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    (msg) => process.env.PRISMA_ENGINE_LOG && console.error(msg),
    adapter,
  );
  try {
    return await fn(engine);
  } finally {
    engine.free();
  }
}

export function listMigrations() {
  if (!fs.existsSync(migrationsDir)) return [];
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(migrationsDir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort();
}

function migrationList() {
  const lockPath = path.join(migrationsDir, LOCKFILE);
  return {
    baseDir: migrationsDir,
    lockfile: { path: LOCKFILE, content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: listMigrations().map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: fs.readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

/** Applies pending migrations and records them in _prisma_migrations, as `prisma migrate deploy` does. */
export async function applyMigrations(connectionString) {
  return withEngine(connectionString, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList: migrationList(), filters: noFilters });
    return out.appliedMigrationNames;
  });
}

/** The datamodel the latest migration was generated from (kept beside it). */
export function latestSnapshot() {
  const names = listMigrations();
  for (const name of names.reverse()) {
    const file = path.join(migrationsDir, name, "schema.prisma");
    if (fs.existsSync(file)) return { name, content: fs.readFileSync(file, "utf8") };
  }
  return null;
}

/** SQL that takes the latest migration's datamodel to the current schema.prisma ("" when in sync). */
export async function diffAgainstLatest(connectionString) {
  const previous = latestSnapshot();
  const current = fs.readFileSync(schemaPath, "utf8");
  return withEngine(connectionString, async (engine) => {
    const result = await engine.diff({
      from: previous
        ? { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: previous.content }] }
        : { tag: "empty" },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: current }] },
      script: true,
      shadowDatabaseUrl: null,
      exitCode: null,
      filters: noFilters,
    });
    return { sql: result.stdout ?? "", previous: previous?.name ?? null, current };
  });
}
