import "server-only";
import { verifyPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";
import { sessionCutoffs } from "@/lib/auth/session-rules";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { recordAudit } from "../audit/record-audit";
import { Limited, withinLimits } from "./sign-in-limits";

export type SignInContext = { ip: string; userAgent: string | null };

export type AuthenticatedUser = { id: string; name: string; email: string; role: Role; sessionId: string; sessionVersion: number };

/**
 * Checks an email and password and, when they match an enabled account, opens
 * a sign-in session (its id and the account's session version go into the token).
 */
export async function authenticate(email: string, password: string, context: SignInContext): Promise<Limited<AuthenticatedUser>> {
  return withinLimits(email, context.ip, async () => {
    const user = await db.user.findUnique({
      where: { email },
      select: { id: true, name: true, email: true, role: true, passwordHash: true, disabledAt: true, sessionVersion: true },
    });
    const ok = await verifyPassword(user?.passwordHash, password);
    if (!user || !ok || user.disabledAt) {
      await recordAudit({
        action: "auth.sign-in-failed",
        subject: user ? { type: "user", id: user.id } : undefined,
        detail: { email, reason: !user ? "unknown-email" : !ok ? "wrong-password" : "disabled" },
        ip: context.ip,
      });
      return null;
    }
    const sessionId = await openSession(user, context);
    return { id: user.id, name: user.name, email: user.email, role: user.role, sessionId, sessionVersion: user.sessionVersion };
  });
}

async function openSession(user: { id: string; email: string }, context: SignInContext): Promise<string> {
  const { idleBefore, startedBefore } = sessionCutoffs({ idleMinutes: env().SESSION_IDLE_MINUTES, maxAgeHours: env().SESSION_MAX_AGE_HOURS }, new Date());
  return db.$transaction(async (tx) => {
    // Housekeeping: the account's sessions that are over anyway.
    await tx.signInSession.deleteMany({ where: { userId: user.id, OR: [{ lastSeenAt: { lt: idleBefore } }, { createdAt: { lt: startedBefore } }] } });
    const session = await tx.signInSession.create({
      data: { userId: user.id, ip: context.ip, userAgent: context.userAgent?.slice(0, 300) ?? null },
      select: { id: true },
    });
    await recordAudit({ action: "auth.sign-in", actor: user, subject: { type: "session", id: session.id }, ip: context.ip }, tx);
    return session.id;
  });
}
