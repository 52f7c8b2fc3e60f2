import "server-only";
import { timeUpAt } from "@/lib/assessment/exam-plan";
import { db } from "@/lib/db";
import { fail, type Result } from "../result";
import { requireViewer } from "../viewer";
import { finalizeAttempt } from "./finalize-attempt";

/** Submits one of the viewer's attempts; submitting a finished one again changes nothing. */
export async function submitAttempt(attemptId: string, now = new Date()): Promise<Result<{ attemptId: string; mode: string; courseId: string | null }, "attemptId">> {
  const viewer = await requireViewer();
  const attempt = await db.attempt.findFirst({
    where: { id: attemptId, userId: viewer.id },
    select: { id: true, mode: true, status: true, deadlineAt: true, breakStartedAt: true, breakMinutes: true, module: { select: { courseId: true } } },
  });
  if (!attempt) return fail("That attempt does not exist.", "attemptId");
  await finalizeAttempt(attempt.id, viewer.id, now, timeUpAt(attempt, now));
  return { ok: true, attemptId: attempt.id, mode: attempt.mode, courseId: attempt.module?.courseId ?? null };
}
