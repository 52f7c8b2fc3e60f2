import "server-only";
import { db } from "@/lib/db";
import { fail, type Result } from "../result";
import type { EndSessionFields } from "@/lib/validation/account";
import { recordAudit } from "../audit/record-audit";
import { requireSession } from "../viewer";

/** Ends one of the viewer's other sessions. Someone else's session reads as already ended. */
export async function endSession(input: { sessionId: string }, ip: string): Promise<Result<object, EndSessionFields>> {
  const { viewer, sessionId: current } = await requireSession();
  if (input.sessionId === current) return fail("This is the session you are using: sign out instead.", "sessionId");
  return db.$transaction(async (tx) => {
    const { count } = await tx.signInSession.deleteMany({ where: { id: input.sessionId, userId: viewer.id } });
    if (count === 0) return fail<EndSessionFields>("That session has already ended.", "sessionId");
    await recordAudit({ action: "session.revoked", actor: viewer, subject: { type: "session", id: input.sessionId }, ip }, tx);
    return { ok: true } as const;
  });
}
