import "server-only";
import { timeUpAt } from "@/lib/assessment/exam-plan";
import { db } from "@/lib/db";
import { fail, type Result } from "../result";
import { requireViewer } from "../viewer";
import { endBreak } from "./end-break";
import { finalizeAttempt, TIME_UP } from "./finalize-attempt";

/** Ends the viewer's break early; the exam clock runs again from now. */
export async function resumeFromBreak(attemptId: string, now = new Date()): Promise<Result> {
  const viewer = await requireViewer();
  const attempt = await db.attempt.findFirst({
    where: { id: attemptId, userId: viewer.id, status: "in_progress" },
    select: { id: true, status: true, deadlineAt: true, breakStartedAt: true, breakMinutes: true },
  });
  if (!attempt) return fail("That attempt is not in progress.");
  const timeUp = timeUpAt(attempt, now);
  if (timeUp) {
    await finalizeAttempt(attempt.id, viewer.id, now, timeUp);
    return fail(TIME_UP);
  }
  await db.$transaction((tx) => endBreak(tx, attempt, now));
  return { ok: true };
}
