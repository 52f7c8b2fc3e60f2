import "server-only";
import { db } from "@/lib/db";
import { requireViewer } from "../viewer";
import { bringForwardForExams } from "./bring-forward-for-exams";

/** Sets the recall the viewer wants on exam day, and brings reviews forward to reach it. */
export async function setDesiredRetention(retention: number, now = new Date()): Promise<void> {
  const viewer = await requireViewer();
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: viewer.id }, data: { desiredRetention: retention }, select: { id: true } });
    await bringForwardForExams(tx, viewer.id, now);
  });
}
