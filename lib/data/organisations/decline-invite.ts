import "server-only";
import { db } from "@/lib/db";
import { fail, type Result } from "@/lib/data/result";
import { requireViewer } from "@/lib/data/viewer";

export async function declineInvite(inviteId: string): Promise<Result> {
  const viewer = await requireViewer();
  const { count } = await db.organisationInvite.updateMany({
    where: { id: inviteId, email: viewer.email.toLowerCase(), acceptedAt: null, declinedAt: null, revokedAt: null },
    data: { declinedAt: new Date() },
  });
  return count === 1 ? { ok: true } : fail("That invitation is no longer open.", "inviteId");
}
