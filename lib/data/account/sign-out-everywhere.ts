import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "../audit/record-audit";
import { requireSession } from "../viewer";

/** Ends every session of the viewer's, this one included: the account's version moves on, so no older token counts. */
export async function signOutEverywhere(ip: string): Promise<void> {
  const { viewer } = await requireSession();
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: viewer.id }, data: { sessionVersion: { increment: 1 } } });
    const { count } = await tx.signInSession.deleteMany({ where: { userId: viewer.id } });
    await recordAudit({ action: "auth.sign-out-everywhere", actor: viewer, subject: { type: "user", id: viewer.id }, detail: { sessionsEnded: count }, ip }, tx);
  });
}
