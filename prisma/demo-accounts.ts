// Demo accounts, one per role, for trying the app. Their password is made for
// each installation (never published): KAIZEN_DEMO_PASSWORD when set, else
// data/.demo-password, created on first use and printed by `npm start`.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "../lib/generated/prisma/client";
import type { Role } from "../lib/auth/roles";
import { hashPassword, verifyPassword } from "../lib/auth/password";

export const DEMO_ACCOUNTS: { name: string; email: string; role: Role }[] = [
  { name: "Lena Learner", email: "learner@demo.kaizen.academy", role: "learner" },
  { name: "Ivan Instructor", email: "instructor@demo.kaizen.academy", role: "instructor" },
  { name: "Hana HR", email: "hr@demo.kaizen.academy", role: "hr" },
  { name: "Ada Admin", email: "admin@demo.kaizen.academy", role: "admin" },
];

/** KAIZEN_DEMO is on unless set to false, 0 or no. */
export function isDemoMode(source: Record<string, string | undefined> = process.env): boolean {
  return !/^(false|0|no)$/i.test(source.KAIZEN_DEMO ?? "true");
}

export const DEMO_PASSWORD_FILE = path.join("data", ".demo-password");

// Lower-case letters and digits without look-alikes (l, 1, o, 0, i), in groups: easy to type from a terminal.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

function generatePassword(): string {
  const groups = Array.from({ length: 4 }, () => Array.from({ length: 5 }, () => ALPHABET[crypto.randomInt(ALPHABET.length)]).join(""));
  return groups.join("-");
}

export type DemoPassword = { password: string; from: string };

/**
 * This installation's demo password. With `create: false` (a script signing in
 * to a running app) a missing file is an error rather than a new password.
 */
export function demoPassword({
  root = process.cwd(),
  source = process.env as Record<string, string | undefined>,
  create = true,
} = {}): DemoPassword {
  const given = source.KAIZEN_DEMO_PASSWORD?.trim();
  if (given) return { password: given, from: "KAIZEN_DEMO_PASSWORD" };
  const file = path.join(root, DEMO_PASSWORD_FILE);
  if (fs.existsSync(file)) return { password: fs.readFileSync(file, "utf8").trim(), from: DEMO_PASSWORD_FILE };
  if (!create) throw new Error(`No demo password yet: ${DEMO_PASSWORD_FILE} is missing. Start the app once with \`npm start\`.`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const password = generatePassword();
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return { password, from: DEMO_PASSWORD_FILE };
}

/**
 * Creates the missing demo accounts and enables the disabled ones. One whose
 * password is not this installation's (older installations carry the one
 * once published) gets it, and its sessions end.
 */
export async function ensureDemoAccounts(db: PrismaClient, password: string): Promise<void> {
  let passwordHash: string | undefined;
  const hashed = async () => (passwordHash ??= await hashPassword(password));
  for (const account of DEMO_ACCOUNTS) {
    const existing = await db.user.findUnique({ where: { email: account.email }, select: { id: true, passwordHash: true, disabledAt: true } });
    if (!existing) {
      await db.user.create({ data: { ...account, passwordHash: await hashed() } });
      continue;
    }
    const current = await verifyPassword(existing.passwordHash, password);
    if (current && !existing.disabledAt) continue;
    await db.$transaction([
      db.user.update({
        where: { id: existing.id },
        data: current ? { disabledAt: null } : { disabledAt: null, passwordHash: await hashed(), sessionVersion: { increment: 1 } },
      }),
      db.signInSession.deleteMany({ where: { userId: existing.id } }),
    ]);
  }
}

/** Demo mode is off: the demo accounts can no longer sign in, and their sessions end. Returns how many were disabled. */
export async function disableDemoAccounts(db: PrismaClient): Promise<number> {
  const users = await db.user.findMany({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) }, disabledAt: null }, select: { id: true } });
  const ids = users.map((u) => u.id);
  if (ids.length === 0) return 0;
  await db.$transaction([
    db.user.updateMany({ where: { id: { in: ids } }, data: { disabledAt: new Date(), sessionVersion: { increment: 1 } } }),
    db.signInSession.deleteMany({ where: { userId: { in: ids } } }),
  ]);
  return ids.length;
}
