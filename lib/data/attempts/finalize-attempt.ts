import "server-only";
import { scoreAttempt } from "@/lib/assessment/attempt-score";
import { timeUpAt } from "@/lib/assessment/exam-plan";
import { db } from "@/lib/db";
import { scheduleReviews } from "../review/schedule-reviews";
import { lockAttempt } from "../sql-dialect";

class AlreadyFinished extends Error {}

/** What a write to an attempt whose time ran out says, having finalised it. */
export const TIME_UP = "Time is up. Your attempt has been submitted with the answers saved before the deadline.";

/**
 * Grades and closes an attempt in one transaction: item grades, score and state
 * together. A second call (double click, replay) changes nothing. An attempt
 * whose time ran out is closed as of `timeUp`, the moment every read has
 * already shown it finished. The caller has checked that `userId` is the viewer's.
 */
export async function finalizeAttempt(attemptId: string, userId: string, now: Date, timeUp: Date | null): Promise<void> {
  try {
    await db.$transaction(async (tx) => {
      await lockAttempt(tx, attemptId, "update");
      const attempt = await tx.attempt.findFirst({
        where: { id: attemptId, userId, status: "in_progress" },
        select: {
          mode: true,
          passingPercent: true,
          items: { select: { id: true, questionId: true, response: true, credit: true, correct: true, questionVersion: { select: { payload: true } } } },
        },
      });
      if (!attempt) throw new AlreadyFinished();
      const { items, score, maxScore, percent, passed } = scoreAttempt(attempt.items, attempt.passingPercent);
      const claimed = await tx.attempt.updateMany({
        where: { id: attemptId, status: "in_progress" },
        data: { status: "submitted", activeKey: null, submittedAt: timeUp ?? now, expired: timeUp !== null, breakStartedAt: null, score, maxScore, percent, passed },
      });
      if (claimed.count === 0) throw new AlreadyFinished();
      // One write per distinct grade (right, wrong, each partial credit), not one per item.
      const byGrade = new Map<string, { credit: number; correct: boolean; ids: string[] }>();
      for (const { id, credit, correct } of items) {
        const grade = byGrade.get(`${credit}:${correct}`) ?? { credit, correct, ids: [] };
        byGrade.set(`${credit}:${correct}`, { ...grade, ids: [...grade.ids, id] });
      }
      for (const { credit, correct, ids } of byGrade.values()) {
        await tx.attemptItem.updateMany({ where: { id: { in: ids }, attemptId }, data: { credit, correct } });
      }
      if (attempt.mode !== "quiz") {
        const answered = items.filter((item) => item.response !== null);
        await scheduleReviews(tx, userId, answered.map((item) => ({ questionId: item.questionId, correct: item.correct })), now);
      }
    });
  } catch (error) {
    if (!(error instanceof AlreadyFinished)) throw error;
  }
}

/**
 * Closes the learner's attempts whose time ran out. Reads show them finished
 * already (see timeUpAt); a write that could meet one calls this first.
 */
export async function finalizeExpiredAttempts(userId: string, now: Date): Promise<void> {
  const open = await db.attempt.findMany({
    where: { userId, status: "in_progress", deadlineAt: { not: null } },
    select: { id: true, status: true, deadlineAt: true, breakStartedAt: true, breakMinutes: true },
  });
  for (const attempt of open) {
    const timeUp = timeUpAt(attempt, now);
    if (timeUp) await finalizeAttempt(attempt.id, userId, now, timeUp);
  }
}
