import { defineConfig } from "prisma/config";

// The Prisma CLI (generate; migrate deploy where the native engine exists).
// The app itself reads DATABASE_URL in lib/db.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/programmamonitor" },
});
