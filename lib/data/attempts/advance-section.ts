import "server-only";
import { timeUpAt } from "@/lib/assessment/exam-plan";
import { sectionBreaksOf } from "@/lib/assessment/stored";
import { db } from "@/lib/db";
import { fail, type Result } from "../result";
import { requireViewer } from "../viewer";
import { endBreak } from "./end-break";
import { finalizeAttempt, TIME_UP } from "./finalize-attempt";

/** Ends the current section; its answers lock. With a break, the clock is paused for up to the allowance. */
export async function advanceSection(input: { attemptId: string; takeBreak: boolean }, now = new Date()): Promise<Result> {
  const viewer = await requireViewer();
  const attempt = await db.attempt.findFirst({
    where: { id: input.attemptId, userId: viewer.id, status: "in_progress" },
    select: { id: true, status: true, section: true, sectionBreaks: true, deadlineAt: true, breakStartedAt: true, breakMinutes: true },
  });
  if (!attempt) return fail("That attempt is not in progress.");
  const timeUp = timeUpAt(attempt, now);
  if (timeUp) {
    await finalizeAttempt(attempt.id, viewer.id, now, timeUp);
    return fail(TIME_UP);
  }
  if (attempt.section >= sectionBreaksOf(attempt.sectionBreaks).length) return fail("This is the last section.");
  await db.$transaction(async (tx) => {
    await endBreak(tx, attempt, now);
    await tx.attempt.update({
      where: { id: attempt.id },
      data: { section: attempt.section + 1, breakStartedAt: input.takeBreak && attempt.breakMinutes > 0 ? now : null },
    });
  });
  return { ok: true };
}
