import "server-only";
import { db } from "@/lib/db";
import { fail, type Result } from "@/lib/data/result";
import { requireRole } from "@/lib/data/viewer";

/** The learner takes back their own report; a calibration already fitted keeps the count it was fitted on. */
export async function withdrawOutcome(id: string): Promise<Result<object, "id">> {
  const viewer = await requireRole("learner");
  const removed = await db.examOutcome.deleteMany({ where: { id, userId: viewer.id } });
  return removed.count ? { ok: true } : fail("That report does not exist.", "id");
}
