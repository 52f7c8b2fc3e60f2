import "server-only";
import { db } from "@/lib/db";
import { fail, type Result } from "@/lib/data/result";
import { hrOrganisation, NO_ORGANISATION } from "./hr-organisation";

/** Aggregate-only reporting on or off for the whole organisation. */
export async function setReporting(aggregateOnly: boolean): Promise<Result> {
  const { organisation } = await hrOrganisation();
  if (!organisation) return fail(NO_ORGANISATION, "aggregateOnly");
  await db.organisation.update({ where: { id: organisation.id }, data: { aggregateOnly } });
  return { ok: true };
}
