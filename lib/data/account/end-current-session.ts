import "server-only";
import { db } from "@/lib/db";
import { getCurrentSession } from "../viewer";

/** Signing out ends the session row too, so a copy of the cookie left behind stops working. */
export async function endCurrentSession(): Promise<void> {
  const current = await getCurrentSession();
  if (!current) return;
  await db.signInSession.deleteMany({ where: { id: current.sessionId, userId: current.viewer.id } });
}
