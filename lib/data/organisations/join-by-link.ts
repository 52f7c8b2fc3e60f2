import "server-only";
import { db } from "@/lib/db";
import { fail, type Result } from "@/lib/data/result";
import { requireViewer } from "@/lib/data/viewer";

/** Joins through an invite link while it works. */
export async function joinByLink(token: string): Promise<Result<{ organisation: string }, "token">> {
  const viewer = await requireViewer();
  const link = await db.inviteLink.findFirst({
    where: { token, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { organisationId: true, organisation: { select: { name: true } } },
  });
  if (!link) return fail("This link has expired or was revoked: ask your HR team for a new one.", "token");
  const already = await db.organisationMember.findUnique({ where: { userId: viewer.id }, select: { organisationId: true } });
  if (already) return fail(already.organisationId === link.organisationId ? "You are already a member." : "You already belong to an organisation: leave it first.", "token");
  await db.organisationMember.create({ data: { userId: viewer.id, organisationId: link.organisationId, kind: "member" } });
  return { ok: true, organisation: link.organisation.name };
}
