import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { ratingFor, reviewCard, type Confidence } from "@/lib/assessment/schedule";
import { bringForwardForExams } from "./bring-forward-for-exams";

type Answer = { questionId: string; correct: boolean; confidence?: Confidence };

/**
 * Moves each answered question's review card on by one review at `now`,
 * inside the caller's transaction; the caller has checked that `userId` is
 * the viewer's. One read and one upsert of every card, however many answers
 * (an exam submits up to 185 at once). A card that would then fade below the
 * learner's desired retention before a coming exam is brought forward.
 */
export async function scheduleReviews(tx: Prisma.TransactionClient, userId: string, answers: Answer[], now: Date): Promise<void> {
  if (answers.length === 0) return;
  const existing = await tx.reviewCard.findMany({ where: { userId, questionId: { in: answers.map((a) => a.questionId) } } });
  const byQuestion = new Map(existing.map((c) => [c.questionId, c]));
  const rows = answers.map((answer) => {
    const c = reviewCard(byQuestion.get(answer.questionId) ?? null, ratingFor(answer.correct, answer.confidence), now);
    return Prisma.sql`(${userId}, ${answer.questionId}, ${c.due}, ${c.stability}, ${c.difficulty}, ${c.elapsedDays}, ${c.scheduledDays}, ${c.learningSteps}, ${c.reps}, ${c.lapses}, ${c.state}, ${c.lastReview}, ${answer.correct})`;
  });
  // INSERT … ON CONFLICT reads the same in SQLite and PostgreSQL; in chunks
  // that keep each statement under SQLite's 999 parameters.
  for (let at = 0; at < rows.length; at += UPSERT_CHUNK) await upsert(tx, rows.slice(at, at + UPSERT_CHUNK));
  await bringForwardForExams(tx, userId, now, answers.map((a) => a.questionId));
}

const UPSERT_CHUNK = 70;

function upsert(tx: Prisma.TransactionClient, rows: Prisma.Sql[]) {
  return tx.$executeRaw`
    INSERT INTO "ReviewCard" ("userId", "questionId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview", "lastCorrect")
    VALUES ${Prisma.join(rows)}
    ON CONFLICT ("userId", "questionId") DO UPDATE SET
      "due" = excluded."due", "stability" = excluded."stability", "difficulty" = excluded."difficulty",
      "elapsedDays" = excluded."elapsedDays", "scheduledDays" = excluded."scheduledDays", "learningSteps" = excluded."learningSteps",
      "reps" = excluded."reps", "lapses" = excluded."lapses", "state" = excluded."state",
      "lastReview" = excluded."lastReview", "lastCorrect" = excluded."lastCorrect"`;
}
