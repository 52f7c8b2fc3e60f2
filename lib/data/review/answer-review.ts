import "server-only";
import { gradeResponse } from "@/lib/assessment/grade";
import { parseResponse } from "@/lib/assessment/response-schema";
import type { Confidence } from "@/lib/assessment/schedule";
import { solutionOf } from "@/lib/assessment/solution";
import { payloadOf } from "@/lib/assessment/stored";
import type { Feedback } from "@/lib/assessment/views";
import { db } from "@/lib/db";
import { fail, type Result } from "../result";
import { requireViewer } from "../viewer";
import { scheduleReviews } from "./schedule-reviews";

/** Grades an answer to one of the viewer's due cards, logs it and reschedules the card. */
export async function answerReview(
  input: { questionId: string; response: unknown; confidence?: Confidence },
  now = new Date(),
): Promise<Result<{ feedback: Feedback; nextDue: Date }, "response">> {
  const viewer = await requireViewer();
  const card = await db.reviewCard.findFirst({
    where: { userId: viewer.id, questionId: input.questionId, due: { lte: now } },
    select: { question: { select: { versions: { orderBy: { version: "desc" }, take: 1, select: { payload: true, explanation: true } } } } },
  });
  const version = card?.question.versions[0];
  if (!version) return fail("That card is not due for review.");
  const payload = payloadOf(version.payload);
  const parsed = parseResponse(payload, input.response);
  if (!parsed.ok) return fail(parsed.error, "response");
  const grade = gradeResponse(payload, parsed.response);
  await db.$transaction(async (tx) => {
    await scheduleReviews(tx, viewer.id, [{ questionId: input.questionId, correct: grade.correct, confidence: input.confidence }], now);
    await tx.reviewLog.create({ data: { userId: viewer.id, questionId: input.questionId, credit: grade.credit, correct: grade.correct, answeredAt: now } });
  });
  const updated = await db.reviewCard.findUniqueOrThrow({ where: { userId_questionId: { userId: viewer.id, questionId: input.questionId } }, select: { due: true } });
  return { ok: true, feedback: { ...grade, explanation: version.explanation, solution: solutionOf(payload) }, nextDue: updated.due };
}
