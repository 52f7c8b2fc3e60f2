import "server-only";
import { db } from "@/lib/db";
import { fail, type Result } from "../result";
import { requireViewer } from "../viewer";

/** Flags a question of one of the viewer's open attempts for review; a flag does not touch the grade. */
export async function setFlag(input: { attemptId: string; position: number; flagged: boolean }): Promise<Result> {
  const viewer = await requireViewer();
  const updated = await db.attemptItem.updateMany({
    where: { position: input.position, attempt: { id: input.attemptId, userId: viewer.id, status: "in_progress" } },
    data: { flagged: input.flagged },
  });
  return updated.count ? { ok: true } : fail("That question is not part of an attempt in progress.");
}
