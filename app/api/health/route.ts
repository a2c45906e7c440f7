import { checkDatabase } from "@/lib/health/data";

export const dynamic = "force-dynamic";

/** Liveness and database status, for load balancers and `npm start`'s users. */
export async function GET() {
  const database = await checkDatabase();
  const body = { status: database.ok ? "ok" : "degraded", database };
  return Response.json(body, {
    status: database.ok ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
