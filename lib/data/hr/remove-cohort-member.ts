import "server-only";
import { db } from "@/lib/db";
import { fail, type Result } from "@/lib/data/result";
import { hrOrganisation, NO_ORGANISATION } from "./hr-organisation";

export async function removeCohortMember(input: { cohortId: string; userId: string }): Promise<Result> {
  const { organisation } = await hrOrganisation();
  if (!organisation) return fail(NO_ORGANISATION);
  const { count } = await db.cohortMember.deleteMany({ where: { cohortId: input.cohortId, userId: input.userId, cohort: { organisationId: organisation.id } } });
  return count === 1 ? { ok: true } : fail("That person is not in this cohort.", "userId");
}
