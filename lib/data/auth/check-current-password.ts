import "server-only";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { withinLimits } from "./sign-in-limits";

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
