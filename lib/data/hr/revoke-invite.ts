import "server-only";
import { db } from "@/lib/db";
import { fail, type Result } from "@/lib/data/result";
import { hrOrganisation, NO_ORGANISATION } from "./hr-organisation";

export async function revokeInvite(inviteId: string): Promise<Result> {
  const { organisation } = await hrOrganisation();
  if (!organisation) return fail(NO_ORGANISATION);
  const { count } = await db.organisationInvite.updateMany({
    where: { id: inviteId, organisationId: organisation.id, acceptedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count === 1 ? { ok: true } : fail("That invitation does not exist or is no longer open.", "inviteId");
}
