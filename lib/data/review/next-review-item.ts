import "server-only";
import { presentQuestion } from "@/lib/assessment/present";
import { payloadOf } from "@/lib/assessment/stored";
import type { QuestionType } from "@/lib/assessment/types";
import type { ReviewItem } from "@/lib/assessment/views";
import { db } from "@/lib/db";
import { requireViewer } from "../viewer";

/** The next card due for the viewer, presented without its key. */
export async function nextReviewItem(now = new Date()): Promise<ReviewItem | null> {
  const viewer = await requireViewer();
  const card = await db.reviewCard.findFirst({
    where: { userId: viewer.id, due: { lte: now }, question: { retired: false } },
    orderBy: { due: "asc" },
    select: {
      questionId: true,
      lastCorrect: true,
      reps: true,
      question: {
        select: { domain: true, target: { select: { code: true } }, versions: { orderBy: { version: "desc" }, take: 1, select: { type: true, stem: true, payload: true } } },
      },
    },
  });
  const version = card?.question.versions[0];
  if (!card || !version) return null;
  return {
    questionId: card.questionId,
    target: card.question.target.code,
    domain: card.question.domain,
    lastCorrect: card.lastCorrect,
    question: presentQuestion(version.type as QuestionType, version.stem, payloadOf(version.payload), `${viewer.id}:${card.questionId}:${card.reps}`),
  };
}
