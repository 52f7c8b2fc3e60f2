import "server-only";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { fail, type Result } from "../result";
import type { ChangeRoleInput } from "@/lib/validation/admin";
import { recordAudit } from "../audit/record-audit";
import { requireRole } from "../viewer";

export async function changeUserRole(input: { userId: string; role: Role }, ip: string | null = null): Promise<Result<{ name: string; role: Role }, keyof ChangeRoleInput>> {
  const admin = await requireRole("admin");
  if (input.userId === admin.id) {
    return fail("You can't change your own role; ask another admin.", "role");
  }
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, name: true, role: true } });
    if (!user) return fail<keyof ChangeRoleInput>("Unknown user.", "userId");
    if (user.role !== input.role) {
      await tx.user.update({ where: { id: user.id }, data: { role: input.role } });
      await tx.roleChange.create({ data: { userId: user.id, actorId: admin.id, fromRole: user.role, toRole: input.role } });
      await recordAudit({ action: "user.role-changed", actor: admin, subject: { type: "user", id: user.id }, detail: { from: user.role, to: input.role }, ip }, tx);
    }
    return { ok: true, name: user.name, role: input.role } as const;
  });
}
