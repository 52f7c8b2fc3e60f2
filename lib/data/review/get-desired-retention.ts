import "server-only";
import { db } from "@/lib/db";
import { requireViewer } from "../viewer";

/** The recall the viewer wants on exam day. */
export async function getDesiredRetention(): Promise<number> {
  const viewer = await requireViewer();
  return (await db.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { desiredRetention: true } })).desiredRetention;
}
