import "server-only";
import { describeDevice } from "@/lib/auth/device";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { sessionCutoffs } from "@/lib/auth/session-rules";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { ChangePasswordFields, EndSessionFields } from "@/lib/validation/account";
import type { FieldErrors } from "@/lib/validation/form-state";
import { recordAudit } from "./audit-log";
import { checkCurrentPassword } from "./auth";
import { getCurrentSession, requireSession } from "./viewer";

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

export type EndSessionResult = { ok: true } | { ok: false; fieldErrors: FieldErrors<EndSessionFields> };

/** Ends one of the viewer's other sessions. Someone else's session reads as already ended. */
export async function endSession(input: { sessionId: string }, ip: string): Promise<EndSessionResult> {
  const { viewer, sessionId: current } = await requireSession();
  if (input.sessionId === current) return { ok: false, fieldErrors: { sessionId: "This is the session you are using: sign out instead." } };
  return db.$transaction(async (tx) => {
    const { count } = await tx.signInSession.deleteMany({ where: { id: input.sessionId, userId: viewer.id } });
    if (count === 0) return { ok: false, fieldErrors: { sessionId: "That session has already ended." } } as const;
    await recordAudit({ action: "session.revoked", actor: viewer, subject: { type: "session", id: input.sessionId }, ip }, tx);
    return { ok: true } as const;
  });
}

/** Ends every session of the viewer's, this one included: the account's version moves on, so no older token counts. */
export async function signOutEverywhere(ip: string): Promise<void> {
  const { viewer } = await requireSession();
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: viewer.id }, data: { sessionVersion: { increment: 1 } } });
    const { count } = await tx.signInSession.deleteMany({ where: { userId: viewer.id } });
    await recordAudit({ action: "auth.sign-out-everywhere", actor: viewer, subject: { type: "user", id: viewer.id }, detail: { sessionsEnded: count }, ip }, tx);
  });
}

/** Signing out ends the session row too, so a copy of the cookie left behind stops working. */
export async function endCurrentSession(): Promise<void> {
  const current = await getCurrentSession();
  if (!current) return;
  await db.signInSession.deleteMany({ where: { id: current.sessionId, userId: current.viewer.id } });
}

export type ChangePasswordResult = { ok: true; sessionsEnded: number } | { ok: false; fieldErrors: FieldErrors<ChangePasswordFields>; message?: string };

/**
 * Changes the viewer's password after checking the current one, and ends every
 * other session. This one stays: its row is kept and the account's version is
 * left alone (moving it would end this session too).
 */
export async function changePassword(input: { currentPassword: string; newPassword: string }, ip: string): Promise<ChangePasswordResult> {
  const { viewer, sessionId } = await requireSession();
  const check = await checkCurrentPassword(viewer, input.currentPassword, ip);
  if (check === "rate_limited") return { ok: false, fieldErrors: {}, message: "Too many attempts. Wait a few minutes and try again." };
  if (check === "wrong") return { ok: false, fieldErrors: { currentPassword: "That is not your current password." } };
  const problem = passwordProblem(input.newPassword, { email: viewer.email, name: viewer.name });
  if (problem) return { ok: false, fieldErrors: { newPassword: problem } };
  const passwordHash = await hashPassword(input.newPassword);
  const sessionsEnded = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: viewer.id }, data: { passwordHash } });
    const { count } = await tx.signInSession.deleteMany({ where: { userId: viewer.id, id: { not: sessionId } } });
    await recordAudit({ action: "auth.password-changed", actor: viewer, subject: { type: "user", id: viewer.id }, detail: { sessionsEnded: count }, ip }, tx);
    return count;
  });
  return { ok: true, sessionsEnded };
}
