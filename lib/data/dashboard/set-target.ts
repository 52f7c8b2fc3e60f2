import "server-only";
import { db } from "@/lib/db";
import { bringForwardForExams } from "@/lib/data/review/bring-forward-for-exams";
import { findTarget } from "@/lib/data/targets/list-targets";
import { fail, type Result } from "@/lib/data/result";
import { requireViewer } from "@/lib/data/viewer";
import type { TargetFields } from "@/lib/validation/dashboard";

/** Adds a certification target to the viewer's dashboard, or moves its exam date, and brings reviews forward for it. */
export async function setTarget(input: { targetCode: string; examDate: Date }): Promise<Result<{ name: string }, TargetFields>> {
  const viewer = await requireViewer();
  const target = await findTarget(input.targetCode);
  if (!target) return fail("Choose a certification.", "targetCode");
  await db.$transaction(async (tx) => {
    await tx.learnerTarget.upsert({
      where: { userId_targetId: { userId: viewer.id, targetId: target.id } },
      create: { userId: viewer.id, targetId: target.id, examDate: input.examDate },
      update: { examDate: input.examDate },
    });
    await bringForwardForExams(tx, viewer.id, new Date());
  });
  return { ok: true, name: target.name };
}
