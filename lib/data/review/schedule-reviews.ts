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
  for (const answer of answers) {
    const next = reviewCard(byQuestion.get(answer.questionId) ?? null, ratingFor(answer.correct, answer.confidence), now);
    const data = { ...next, lastCorrect: answer.correct };
    await tx.reviewCard.upsert({
      where: { userId_questionId: { userId, questionId: answer.questionId } },
      create: { userId, questionId: answer.questionId, ...data },
      update: data,
    });
  }
}
