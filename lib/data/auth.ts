import "server-only";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { Backoff } from "@/lib/auth/backoff";
import type { Role } from "@/lib/auth/roles";
import { verifyPassword } from "@/lib/auth/password";
import { sessionCutoffs } from "@/lib/auth/session-rules";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { recordAudit } from "./audit-log";

// Two limits on password checks, both in memory (with several instances, each
// counts on its own). Each attempt is claimed before the password is verified
// and given back when it was right, so guesses sent in parallel cannot all be
// verified before the first failure is counted.
// Per account: a growing back-off rather than a lock-out an attacker could
// keep a real user in; the cap bounds how long the owner may have to wait.
export const ACCOUNT_BACKOFF = { freeFailures: 3, baseMs: 1000, capMs: 15 * 60_000, forgetMs: 24 * 3_600_000 };
const perAccount = new Backoff(ACCOUNT_BACKOFF);
// Per address, so one client cannot spray a password over many accounts.
export const ATTEMPTS_PER_ADDRESS = 30;
const perAddress = new RateLimiterMemory({ keyPrefix: "signin-ip", points: ATTEMPTS_PER_ADDRESS, duration: 15 * 60 });

type Limited<T> = T | null | "rate_limited";

async function withinLimits<T>(email: string, ip: string, check: () => Promise<T | null>): Promise<Limited<T>> {
  const addressAllows = await perAddress.consume(ip).then(
    () => true,
    () => false,
  );
  if (!addressAllows || !perAccount.attempt(email).ok) return "rate_limited";
  const result = await check();
  if (result !== null) {
    perAccount.succeeded(email);
    await perAddress.reward(ip);
  }
  return result;
}

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

/**
 * Whether `password` is the account's current one, under the same limits as
 * signing in: a stolen session must not become a way to guess the password.
 */
export async function checkCurrentPassword(user: { id: string; email: string }, password: string, ip: string): Promise<"ok" | "wrong" | "rate_limited"> {
  const result = await withinLimits(user.email, ip, async () => {
    const row = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
    return (await verifyPassword(row?.passwordHash, password)) ? ("ok" as const) : null;
  });
  return result ?? "wrong";
}

/** The client Auth.js's Prisma adapter writes accounts and tokens through. */
export function prismaForAuthAdapter() {
  return db;
}
