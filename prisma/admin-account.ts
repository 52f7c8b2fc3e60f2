// The database half of `npm run create-admin`, apart so it can be tested.
import type { PrismaClient } from "../lib/generated/prisma/client";

/**
 * Creates an admin, or makes an existing account one with the new password.
 * Whoever held the existing account's sessions loses them, and a disabled
 * account is enabled again.
 */
export async function makeAdmin(db: PrismaClient, input: { name: string; email: string; passwordHash: string }): Promise<{ id: string; email: string }> {
  return db.$transaction(async (tx) => {
    const admin = await tx.user.upsert({
      where: { email: input.email },
      create: { ...input, role: "admin" },
      update: { role: "admin", passwordHash: input.passwordHash, disabledAt: null, sessionVersion: { increment: 1 } },
      select: { id: true, email: true },
    });
    await tx.signInSession.deleteMany({ where: { userId: admin.id } });
    return admin;
  });
}
