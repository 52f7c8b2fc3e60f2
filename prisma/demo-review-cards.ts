// The review cards a learner's answers leave behind, replayed through FSRS in
// the order they were given, as scheduleReviews writes them one attempt at a
// time: the demo's bulk-written answers would otherwise leave no spaced review.
import { ratingFor, reviewCard, type CardState } from "../lib/assessment/schedule";

type Answer = { questionId: string; correct: boolean; answeredAt: Date };

export function reviewCardRows(userId: string, answers: Answer[]): (CardState & { userId: string; questionId: string; lastCorrect: boolean })[] {
  const cards = new Map<string, CardState & { lastCorrect: boolean }>();
  for (const a of [...answers].sort((x, y) => x.answeredAt.getTime() - y.answeredAt.getTime())) {
    cards.set(a.questionId, { ...reviewCard(cards.get(a.questionId) ?? null, ratingFor(a.correct), a.answeredAt), lastCorrect: a.correct });
  }
  return [...cards].map(([questionId, card]) => ({ userId, questionId, ...card }));
}
