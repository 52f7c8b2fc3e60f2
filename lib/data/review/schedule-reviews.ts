import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ratingFor, reviewCard, type Confidence } from "@/lib/assessment/schedule";

type Answer = { questionId: string; correct: boolean; confidence?: Confidence };

/**
 * Moves each answered question's review card on by one review at `now`,
 * inside the caller's transaction; the caller has checked that `userId` is
 * the viewer's.
 */
export async function scheduleReviews(tx: Prisma.TransactionClient, userId: string, answers: Answer[], now: Date): Promise<void> {
  if (answers.length === 0) return;
  const existing = await tx.reviewCard.findMany({ where: { userId, questionId: { in: answers.map((a) => a.questionId) } } });
  const byQuestion = new Map(existing.map((c) => [c.questionId, c]));
  const fresh = [];
  for (const answer of answers) {
    const card = byQuestion.get(answer.questionId);
    const data = { ...reviewCard(card ?? null, ratingFor(answer.correct, answer.confidence), now), lastCorrect: answer.correct };
    if (card) await tx.reviewCard.update({ where: { userId_questionId: { userId, questionId: answer.questionId } }, data });
    else fresh.push({ userId, questionId: answer.questionId, ...data });
  }
  // New cards, the usual case for a learner's first exams, in one statement.
  if (fresh.length) await tx.reviewCard.createMany({ data: fresh });
}
