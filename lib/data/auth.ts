import "server-only";
import { RateLimiterMemory } from "rate-limiter-flexible";
import type { Role } from "@/lib/auth/roles";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";

// Per account and per address, so one attacker can neither guess one password
// nor spray many accounts. In memory: with several instances, each counts alone.
const perEmail = new RateLimiterMemory({ keyPrefix: "signin-email", points: 5, duration: 15 * 60 });
const perIp = new RateLimiterMemory({ keyPrefix: "signin-ip", points: 30, duration: 15 * 60 });

export type AuthenticatedUser = { id: string; name: string; email: string; role: Role };

export async function authenticate(email: string, password: string, ip: string): Promise<AuthenticatedUser | null | "rate_limited"> {
  const [emailLimit, ipLimit] = await Promise.all([perEmail.get(email), perIp.get(ip)]);
  if ((emailLimit?.remainingPoints ?? 1) <= 0 || (ipLimit?.remainingPoints ?? 1) <= 0) return "rate_limited";

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, role: true, passwordHash: true },
  });
  const ok = await verifyPassword(user?.passwordHash, password);
  if (!user || !ok) {
    await Promise.all([perEmail.penalty(email, 1), perIp.penalty(ip, 1)]);
    return null;
  }
  await perEmail.delete(email);
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}

/** The client Auth.js's Prisma adapter writes accounts and tokens through. */
export function prismaForAuthAdapter() {
  return db;
}
