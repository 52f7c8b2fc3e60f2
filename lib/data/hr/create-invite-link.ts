import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { fail, type Result } from "@/lib/data/result";
import { hrOrganisation, NO_ORGANISATION } from "./hr-organisation";

const DAY = 86_400_000;

/** A new link to join the organisation, working for `days` days unless revoked. */
export async function createInviteLink(days: number): Promise<Result<{ token: string }, "days">> {
  const { organisation } = await hrOrganisation();
  if (!organisation) return fail(NO_ORGANISATION, "days");
  const token = randomBytes(24).toString("base64url");
  await db.inviteLink.create({ data: { organisationId: organisation.id, token, expiresAt: new Date(Date.now() + days * DAY) } });
  return { ok: true, token };
}
