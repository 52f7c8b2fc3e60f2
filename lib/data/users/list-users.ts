import "server-only";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { containsIgnoringCase } from "@/lib/data/sql-dialect";
import { requireRole } from "../viewer";

export type UserRow = { id: string; name: string; email: string; role: Role; createdAt: Date };

export const USERS_PAGE_SIZE = 20;

export async function listUsers({ q, page = 1 }: { q?: string; page?: number }): Promise<{ users: UserRow[]; total: number; page: number; pages: number }> {
  await requireRole("admin");
  const where: Prisma.UserWhereInput = q ? { OR: [{ name: containsIgnoringCase(q) }, { email: { contains: q.toLowerCase() } }] } : {};
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
