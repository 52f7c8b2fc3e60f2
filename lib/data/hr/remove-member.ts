import "server-only";
import { db } from "@/lib/db";
import { fail, type Result } from "@/lib/data/result";
import { hrOrganisation, NO_ORGANISATION } from "./hr-organisation";

/** Removes a member from the organisation and its cohorts; their own study history stays theirs. */
export async function removeMember(userId: string): Promise<Result> {
  const { organisation } = await hrOrganisation();
  if (!organisation) return fail(NO_ORGANISATION);
  const { count } = await db.organisationMember.deleteMany({ where: { userId, organisationId: organisation.id, kind: "member" } });
  return count === 1 ? { ok: true } : fail("That person is not a member of your organisation.", "userId");
}
