import "server-only";
import { db } from "@/lib/db";
import { fail, type Result } from "@/lib/data/result";
import { hrOrganisation, NO_ORGANISATION } from "./hr-organisation";

export async function revokeInviteLink(linkId: string): Promise<Result> {
  const { organisation } = await hrOrganisation();
  if (!organisation) return fail(NO_ORGANISATION);
  const { count } = await db.inviteLink.updateMany({ where: { id: linkId, organisationId: organisation.id, revokedAt: null }, data: { revokedAt: new Date() } });
  return count === 1 ? { ok: true } : fail("That link does not exist or is already revoked.", "linkId");
}
