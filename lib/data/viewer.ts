import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { isRole, type Role } from "@/lib/auth/roles";
import { needsTouch, sessionProblem } from "@/lib/auth/session-rules";
import { readSessionClaims } from "@/lib/auth/session-token";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { requestLog } from "@/lib/log";
import { storageFailureOf } from "@/lib/storage-failure";
import { logStorageFailure } from "@/lib/storage-failure-log";

export type Viewer = { id: string; name: string; email: string; role: Role };

export type CurrentSession = { viewer: Viewer; sessionId: string };

type SessionWithAccount = {
  userId: string;
  createdAt: Date;
  lastSeenAt: Date;
  name: string;
  email: string;
  role: string;
  sessionVersion: number | bigint;
  disabledAt: Date | null;
};

/**
 * Who is asking and through which sign-in, read fresh from the database once
 * per request with one query (the session row joined to its account): a role
 * change, a disabled account, a revoked or idle session, or "sign out
 * everywhere" takes effect at once, whatever the session token says.
 */
const readSession = cache(async (): Promise<CurrentSession | null> => {
  const claims = await readSessionClaims();
  if (!claims) return null;
  const { userId, sessionId, sessionVersion } = claims;
  // One round trip: Prisma would load the account in a second query.
  const [row] = await db.$queryRaw<SessionWithAccount[]>`
    SELECT s."userId", s."createdAt", s."lastSeenAt", u."name", u."email", u."role", u."sessionVersion", u."disabledAt"
    FROM "SignInSession" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."id" = ${sessionId}`;
  if (!row || !isRole(row.role)) return null;
  const now = new Date();
  const limits = { idleMinutes: env().SESSION_IDLE_MINUTES, maxAgeHours: env().SESSION_MAX_AGE_HOURS };
  const account = { sessionVersion: Number(row.sessionVersion), disabledAt: row.disabledAt };
  if (sessionProblem({ userId, sessionId, sessionVersion }, { ...row, user: account }, limits, now)) return null;
  // The one write in a read: idle time is measured from here. At most once a
  // minute, and only by the request that still sees the old value. A database
  // that takes no writes still serves reads, so a failed touch fails no page.
  if (needsTouch(row.lastSeenAt, now)) {
    await db.signInSession.updateMany({ where: { id: sessionId, lastSeenAt: row.lastSeenAt }, data: { lastSeenAt: now } }).catch(async (error: unknown) => {
      const failure = storageFailureOf(error);
      if (!failure) throw error;
      logStorageFailure(await requestLog(), failure, error, { during: "session touch" }, "warn");
    });
  }
  return { viewer: { id: row.userId, name: row.name, email: row.email, role: row.role }, sessionId };
});

// React's cache memoises per render, not per server action, so the action
// client hands the session it read to everything the action calls.
const actionSession = new AsyncLocalStorage<{ session: CurrentSession | null }>();

/** Runs an action's body with the session the action client has already read and checked. */
export function withSession<T>(session: CurrentSession | null, body: () => Promise<T>): Promise<T> {
  return actionSession.run({ session }, body);
}

export async function getCurrentSession(): Promise<CurrentSession | null> {
  const scoped = actionSession.getStore();
  return scoped ? scoped.session : readSession();
}

export async function getViewer(): Promise<Viewer | null> {
  return (await getCurrentSession())?.viewer ?? null;
}

export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  return viewer;
}

export async function requireSession(): Promise<CurrentSession> {
  const current = await getCurrentSession();
  if (!current) redirect("/sign-in");
  return current;
}

export async function requireRole(...roles: Role[]): Promise<Viewer> {
  const viewer = await requireViewer();
  if (!roles.includes(viewer.role)) forbidden();
  return viewer;
}
