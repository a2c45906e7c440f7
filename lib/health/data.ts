import "server-only";
import { db } from "@/lib/db";

export async function checkDatabase(): Promise<{ ok: boolean; latencyMs: number; migrations?: number; error?: string }> {
  const started = performance.now();
  try {
    const rows = await db().$queryRaw<{ count: bigint }[]>`select count(*) as count from _prisma_migrations where finished_at is not null`;
    return { ok: true, latencyMs: Math.round(performance.now() - started), migrations: Number(rows[0]?.count ?? 0) };
  } catch {
    // Never leak connection strings or stack traces to the public.
    return { ok: false, latencyMs: Math.round(performance.now() - started), error: "Database niet bereikbaar" };
  }
}
