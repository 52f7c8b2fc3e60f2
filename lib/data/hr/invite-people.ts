import "server-only";
import { db } from "@/lib/db";
import { fail, failFields, type Result } from "@/lib/data/result";
import { hrOrganisation, NO_ORGANISATION } from "./hr-organisation";

/**
 * Invites every address, or none: an address that already belongs to a member
 * is reported by its row and nothing is written. Re-inviting an address whose
 * invitation was declined or revoked opens it again.
 */
export async function invitePeople(emails: string[]): Promise<Result<{ invited: number }>> {
  const { organisation } = await hrOrganisation();
  if (!organisation) return fail(NO_ORGANISATION, "emails");
  const members = await db.organisationMember.findMany({
    where: { organisationId: organisation.id, user: { email: { in: emails } } },
    select: { user: { select: { email: true } } },
  });
  const taken = new Set(members.map((m) => m.user.email));
  if (taken.size > 0) {
    const errors = Object.fromEntries(emails.flatMap((e, i) => (taken.has(e) ? [[`rows.${i}`, `Row ${i + 1}: ${e} is already a member.`]] : [])));
    return failFields(errors, "Nothing was imported: fix the rows below and try again.");
  }
  await db.$transaction(
    emails.map((email) =>
      db.organisationInvite.upsert({
        where: { organisationId_email: { organisationId: organisation.id, email } },
        create: { organisationId: organisation.id, email },
        update: { createdAt: new Date(), acceptedAt: null, declinedAt: null, revokedAt: null },
      }),
    ),
  );
  return { ok: true, invited: emails.length };
}
