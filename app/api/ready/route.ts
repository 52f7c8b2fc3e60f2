import { routeHandler } from "@/lib/actions/route-handler";
import { checkDatabase } from "@/lib/data/health/check-database";
import { requestLog } from "@/lib/log";

// Readiness for load balancers: 503 takes the instance out of rotation while its
// database cannot answer; /api/health stays the liveness probe (no database).
export const GET = routeHandler("anyone", async () => {
  const check = await checkDatabase();
  const headers = { "cache-control": "no-store" };
  if (check.ok) return Response.json({ ok: true, database: { ms: check.ms } }, { headers });
  (await requestLog()).warn({ reason: check.reason, ms: check.ms, err: check.error }, "not ready: the database check failed");
  return Response.json({ ok: false, reason: `database ${check.reason}` }, { status: 503, headers });
});
