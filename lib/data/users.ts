import "server-only";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import type { FieldErrors } from "@/lib/validation/form-state";
import type { ChangeRoleInput } from "@/lib/validation/admin";
import { recordAudit } from "./audit-log";
import { requireRole } from "./viewer";

export type RegisterResult = { ok: true; userId: string } | { ok: false; fieldErrors: FieldErrors<"name" | "email" | "password">; message?: string };

// Each registration hashes a password (tens of milliseconds of CPU): cap them per address.
export const REGISTRATIONS_PER_HOUR = 10;
const registrations = new RateLimiterMemory({ keyPrefix: "register", points: REGISTRATIONS_PER_HOUR, duration: 3600 });

/** Creates a learner account. Input has passed registerSchema; this adds the server-side password checks. */
export async function registerLearner(input: { name: string; email: string; password: string }, ip: string): Promise<RegisterResult> {
  try {
    await registrations.consume(ip);
  } catch {
    return { ok: false, fieldErrors: {}, message: "Too many accounts were created from your network in the last hour. Try again later." };
  }
  const problem = passwordProblem(input.password, { email: input.email, name: input.name });
  if (problem) return { ok: false, fieldErrors: { password: problem } };
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({
      data: { name: input.name, email: input.email, passwordHash, role: "learner" },
      select: { id: true },
    });
    return { ok: true, userId: user.id };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      // Saying so leaks that the address is registered, but registration cannot
      // honestly succeed either; sign-in never reveals it.
      return { ok: false, fieldErrors: { email: "An account with this email already exists. Sign in instead." } };
    }
    throw error;
  }
}

export type UserRow = { id: string; name: string; email: string; role: Role; createdAt: Date };
export const USERS_PAGE_SIZE = 20;

export async function listUsers({ q, page = 1 }: { q?: string; page?: number }): Promise<{ users: UserRow[]; total: number; page: number; pages: number }> {
  await requireRole("admin");
  const where: Prisma.UserWhereInput = q ? { OR: [{ name: { contains: q } }, { email: { contains: q.toLowerCase() } }] } : {};
  const [total, users] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: { id: true, name: true, email: true, role: true, createdAt: true },
    }),
  ]);
  return { users, total, page, pages: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)) };
}

export type ChangeRoleResult = { ok: true; name: string; role: Role } | { ok: false; fieldErrors: FieldErrors<keyof ChangeRoleInput> };

export async function changeUserRole(input: { userId: string; role: Role }, ip: string | null = null): Promise<ChangeRoleResult> {
  const admin = await requireRole("admin");
  if (input.userId === admin.id) {
    return { ok: false, fieldErrors: { role: "You can't change your own role; ask another admin." } };
  }
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, name: true, role: true } });
    if (!user) return { ok: false, fieldErrors: { userId: "Unknown user." } } as const;
    if (user.role !== input.role) {
      await tx.user.update({ where: { id: user.id }, data: { role: input.role } });
      await tx.roleChange.create({ data: { userId: user.id, actorId: admin.id, fromRole: user.role, toRole: input.role } });
      await recordAudit({ action: "user.role-changed", actor: admin, subject: { type: "user", id: user.id }, detail: { from: user.role, to: input.role }, ip }, tx);
    }
    return { ok: true, name: user.name, role: input.role } as const;
  });
}
