import "server-only";
import { db } from "@/lib/db";
import { fail, type Result } from "@/lib/data/result";
import { requireViewer } from "@/lib/data/viewer";

/** The member leaves, and with it every cohort; their study history stays theirs and HR no longer sees it. */
export async function leaveOrganisation(): Promise<Result> {
  const viewer = await requireViewer();
  const { count } = await db.organisationMember.deleteMany({ where: { userId: viewer.id, kind: "member" } });
  return count === 1 ? { ok: true } : fail("You are not a member of an organisation.");
}
