import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { fail, type Result } from "@/lib/data/result";
import { hrOrganisation, NO_ORGANISATION } from "./hr-organisation";

export async function createCohort(input: { name: string }): Promise<Result<{ id: string }, "name">> {
  const { organisation } = await hrOrganisation();
  if (!organisation) return fail(NO_ORGANISATION, "name");
  try {
    const cohort = await db.cohort.create({ data: { organisationId: organisation.id, name: input.name }, select: { id: true } });
    return { ok: true, id: cohort.id };
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") return fail("A cohort of that name exists already.", "name");
    throw e;
  }
}
