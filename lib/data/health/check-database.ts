import "server-only";
import { db } from "@/lib/db";

export type DatabaseCheck = { ok: true; ms: number } | { ok: false; reason: "timeout" | "unavailable"; ms: number; error?: unknown };

/**
 * Readiness probe for load balancers, so deliberately without a session: one cheap
 * read of a real table (the file is there and migrated), bounded by a timeout so a
 * stuck database marks the instance unready instead of hanging the probe.
 */
export async function checkDatabase(timeoutMs = 2_000): Promise<DatabaseCheck> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), timeoutMs)));
  try {
    const outcome = await Promise.race([db.$queryRaw`SELECT 1 FROM "_prisma_migrations" LIMIT 1`.then(() => "ok" as const), timeout]);
    const ms = Math.round(performance.now() - started);
    return outcome === "ok" ? { ok: true, ms } : { ok: false, reason: "timeout", ms };
  } catch (error) {
    return { ok: false, reason: "unavailable", ms: Math.round(performance.now() - started), error };
  } finally {
    clearTimeout(timer);
  }
}
