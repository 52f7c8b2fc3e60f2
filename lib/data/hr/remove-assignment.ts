import "server-only";
import { db } from "@/lib/db";
import { fail, type Result } from "@/lib/data/result";
import { hrOrganisation, NO_ORGANISATION } from "./hr-organisation";

export async function removeAssignment(assignmentId: string): Promise<Result> {
  const { organisation } = await hrOrganisation();
  if (!organisation) return fail(NO_ORGANISATION);
  const { count } = await db.assignment.deleteMany({ where: { id: assignmentId, cohort: { organisationId: organisation.id } } });
  return count === 1 ? { ok: true } : fail("That assignment does not exist.", "assignmentId");
}
