import type { PrismaClient } from "../lib/generated/prisma/client";
import type { Role } from "../lib/auth/roles";
import { hashPassword } from "../lib/auth/password";

export const DEMO_PASSWORD = "practice makes progress";

export const DEMO_ACCOUNTS: { name: string; email: string; role: Role }[] = [
  { name: "Lena Learner", email: "learner@demo.kaizen.academy", role: "learner" },
  { name: "Ivan Instructor", email: "instructor@demo.kaizen.academy", role: "instructor" },
  { name: "Hana HR", email: "hr@demo.kaizen.academy", role: "hr" },
  { name: "Ada Admin", email: "admin@demo.kaizen.academy", role: "admin" },
];

/** Creates the demo accounts that are missing; existing ones are left as they are. */
export async function ensureDemoAccounts(db: PrismaClient): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    await db.user.upsert({ where: { email: account.email }, create: { ...account, passwordHash }, update: {} });
  }
}
