import "server-only";
import { db } from "@/lib/db";
import { fail, type Result } from "@/lib/data/result";
import { hrOrganisation, NO_ORGANISATION } from "./hr-organisation";

/** Adds members of the organisation to one of its cohorts; ids of anyone else are refused, all or nothing. */
export async function addCohortMembers(input: { cohortId: string; userIds: string[] }): Promise<Result<{ added: number }, "cohortId" | "userIds">> {
  const { organisation } = await hrOrganisation();
  if (!organisation) return fail(NO_ORGANISATION, "cohortId");
  const ids = [...new Set(input.userIds)];
  const [cohort, members] = await Promise.all([
    db.cohort.findFirst({ where: { id: input.cohortId, organisationId: organisation.id }, select: { id: true } }),
    db.organisationMember.findMany({ where: { organisationId: organisation.id, kind: "member", userId: { in: ids } }, select: { userId: true } }),
  ]);
  if (!cohort) return fail("Choose a cohort of your organisation.", "cohortId");
  if (members.length !== ids.length) return fail("Choose members of your organisation.", "userIds");
  const existing = await db.cohortMember.findMany({ where: { cohortId: cohort.id, userId: { in: ids } }, select: { userId: true } });
  const have = new Set(existing.map((e) => e.userId));
  const fresh = ids.filter((id) => !have.has(id));
  await db.cohortMember.createMany({ data: fresh.map((userId) => ({ cohortId: cohort.id, userId })) });
  return { ok: true, added: fresh.length };
}
