import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { db } from "@/lib/db";
import { fail, type Result } from "../result";
import type { ChangePasswordFields } from "@/lib/validation/account";
import { recordAudit } from "../audit/record-audit";
import { checkCurrentPassword } from "../auth/check-current-password";
import { requireSession } from "../viewer";

/**
 * Changes the viewer's password after checking the current one, and ends every
 * other session. This one stays: its row is kept and the account's version is
 * left alone (moving it would end this session too).
 */
export async function changePassword(input: { currentPassword: string; newPassword: string }, ip: string): Promise<Result<{ sessionsEnded: number }, ChangePasswordFields>> {
  const { viewer, sessionId } = await requireSession();
  const check = await checkCurrentPassword(viewer, input.currentPassword, ip);
  if (check === "rate_limited") return fail("Too many attempts. Wait a few minutes and try again.");
  if (check === "wrong") return fail("That is not your current password.", "currentPassword");
  const problem = passwordProblem(input.newPassword, { email: viewer.email, name: viewer.name });
  if (problem) return fail(problem, "newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  const sessionsEnded = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: viewer.id }, data: { passwordHash } });
    const { count } = await tx.signInSession.deleteMany({ where: { userId: viewer.id, id: { not: sessionId } } });
    await recordAudit({ action: "auth.password-changed", actor: viewer, subject: { type: "user", id: viewer.id }, detail: { sessionsEnded: count }, ip }, tx);
    return count;
  });
  return { ok: true, sessionsEnded };
}
