import "server-only";
import { db } from "@/lib/db";
import { fail, type Result } from "@/lib/data/result";
import { requireViewer } from "@/lib/data/viewer";

/** Joins the organisation that invited the viewer's address; a person belongs to one organisation at most. */
export async function acceptInvite(inviteId: string): Promise<Result<{ organisation: string }>> {
  const viewer = await requireViewer();
  const invite = await db.organisationInvite.findFirst({
    where: { id: inviteId, email: viewer.email.toLowerCase(), acceptedAt: null, declinedAt: null, revokedAt: null },
    select: { id: true, organisationId: true, organisation: { select: { name: true } } },
  });
  if (!invite) return fail("That invitation is no longer open.", "inviteId");
  const already = await db.organisationMember.findUnique({ where: { userId: viewer.id }, select: { userId: true } });
  if (already) return fail("You already belong to an organisation: leave it first.", "inviteId");
  await db.$transaction([
    db.organisationMember.create({ data: { userId: viewer.id, organisationId: invite.organisationId, kind: "member" } }),
    db.organisationInvite.update({ where: { id: invite.id }, data: { acceptedAt: new Date() } }),
  ]);
  return { ok: true, organisation: invite.organisation.name };
}
