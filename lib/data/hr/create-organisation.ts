import "server-only";
import { db } from "@/lib/db";
import { fail, type Result } from "@/lib/data/result";
import { requireRole } from "@/lib/data/viewer";
import type { OrganisationFields } from "@/lib/validation/hr";

/** An admin sets up an organisation with its first HR person, who must have an HR account and no organisation yet. */
export async function createOrganisation(input: { name: string; hrEmail: string }): Promise<Result<{ id: string }, OrganisationFields>> {
  await requireRole("admin");
  const hr = await db.user.findUnique({ where: { email: input.hrEmail }, select: { id: true, role: true, organisation: { select: { kind: true } } } });
  if (!hr || hr.role !== "hr") return fail("There is no HR account with that address: make one HR on the Users page first.", "hrEmail");
  if (hr.organisation) return fail("That person already belongs to an organisation.", "hrEmail");
  const organisation = await db.organisation.create({
    data: { name: input.name, members: { create: { userId: hr.id, kind: "hr" } } },
    select: { id: true },
  });
  return { ok: true, id: organisation.id };
}
