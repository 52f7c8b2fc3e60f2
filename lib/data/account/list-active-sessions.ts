import "server-only";
import { describeDevice } from "@/lib/auth/device";
import { sessionCutoffs } from "@/lib/auth/session-rules";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { requireSession } from "../viewer";

export type ActiveSession = { id: string; device: string; ip: string | null; signedInAt: Date; lastSeenAt: Date; current: boolean };

/** The viewer's sessions that still count, the one in use first. */
export async function listActiveSessions(): Promise<ActiveSession[]> {
  const { viewer, sessionId } = await requireSession();
  const { idleBefore, startedBefore } = sessionCutoffs({ idleMinutes: env().SESSION_IDLE_MINUTES, maxAgeHours: env().SESSION_MAX_AGE_HOURS }, new Date());
  const rows = await db.signInSession.findMany({
    where: { userId: viewer.id, lastSeenAt: { gte: idleBefore }, createdAt: { gte: startedBefore } },
    orderBy: [{ lastSeenAt: "desc" }, { id: "asc" }],
    select: { id: true, createdAt: true, lastSeenAt: true, ip: true, userAgent: true },
  });
  return rows
    .map((r) => ({ id: r.id, device: describeDevice(r.userAgent), ip: r.ip, signedInAt: r.createdAt, lastSeenAt: r.lastSeenAt, current: r.id === sessionId }))
    .sort((a, b) => Number(b.current) - Number(a.current));
}
