import "server-only";
import { timeSpentOf, timeUpAt } from "@/lib/assessment/exam-plan";
import { gradeResponse } from "@/lib/assessment/grade";
import { parseResponse } from "@/lib/assessment/response-schema";
import type { Confidence } from "@/lib/assessment/schedule";
import { solutionOf } from "@/lib/assessment/solution";
import { payloadOf } from "@/lib/assessment/stored";
import type { Feedback } from "@/lib/assessment/views";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { fail, type Result } from "../result";
import { scheduleReviews } from "../review/schedule-reviews";
import { lockAttempt, sharedRowLock } from "../sql-dialect";
import { requireViewer } from "../viewer";
import { endBreak } from "./end-break";
import { finalizeAttempt, TIME_UP } from "./finalize-attempt";

const FINISHED = "This attempt is finished; its answers can no longer change.";

type SaveRow = {
  id: string;
  status: string;
  mode: string;
  section: number | bigint;
  deadlineAt: Date | null;
  breakStartedAt: Date | null;
  breakMinutes: number | bigint;
  itemId: string | null;
  itemSection: number | bigint | null;
  answeredAt: Date | null;
  questionId: string | null;
  payload: string | null;
  explanation: string | null;
};

type SaveInput = { attemptId: string; position: number; response: unknown; timeSpentMs?: number; confidence?: Confidence };

/**
 * Saves one answer: the hot path of a running exam, so one round trip of reads
 * and one conditional write. In practice quizzes the answer is graded at once
 * and its explanation returned; in exams only the response is stored until submission.
 */
export async function saveAnswer(input: SaveInput, now = new Date()): Promise<Result<{ feedback?: Feedback }, "position" | "response">> {
  const viewer = await requireViewer();
  // One read: the attempt, scoped to its owner, with the item and its question version.
  const [row] = await db.$queryRaw<SaveRow[]>`
    SELECT a."id", a."status", a."mode", a."section", a."deadlineAt", a."breakStartedAt", a."breakMinutes",
           i."id" AS "itemId", i."section" AS "itemSection", i."answeredAt", i."questionId", v."payload", v."explanation"
    FROM "Attempt" a
    LEFT JOIN "AttemptItem" i ON i."attemptId" = a."id" AND i."position" = ${input.position}
    LEFT JOIN "QuestionVersion" v ON v."id" = i."questionVersionId"
    WHERE a."id" = ${input.attemptId} AND a."userId" = ${viewer.id}`;
  const attempt = row && { ...row, section: Number(row.section), breakMinutes: Number(row.breakMinutes) };
  const item = row?.itemId ? { id: row.itemId, section: Number(row.itemSection), answeredAt: row.answeredAt, questionId: row.questionId!, questionVersion: { payload: row.payload!, explanation: row.explanation! } } : null;
  if (!attempt) return fail("That attempt does not exist.");
  if (attempt.status !== "in_progress") return fail(FINISHED);
  const timeUp = timeUpAt(attempt, now);
  if (timeUp) {
    await finalizeAttempt(attempt.id, viewer.id, now, timeUp);
    return fail(TIME_UP);
  }
  if (!item) return fail("That question is not part of this attempt.", "position");
  if (item.section < attempt.section) return fail("This section is locked: you moved on past its break.");
  if (item.section > attempt.section) return fail("Finish the current section before answering this one.");
  if (attempt.mode === "quiz" && item.answeredAt) return fail("You've already answered this question.");
  const payload = payloadOf(item.questionVersion.payload);
  const parsed = parseResponse(payload, input.response);
  if (!parsed.ok) return fail(parsed.error, "response");
  const answer = { response: JSON.stringify(parsed.response), answeredAt: now, timeSpentMs: { increment: timeSpentOf(input.timeSpentMs) } };

  if (attempt.mode === "quiz") {
    const grade = gradeResponse(payload, parsed.response);
    // One conditional write: of concurrent saves of one item only the first
    // lands, and none lands once the attempt is submitted. Only a save that
    // landed gets the key back.
    const landed = await db.$transaction(async (tx) => {
      await lockAttempt(tx, attempt.id, "share");
      const written = await tx.attemptItem.updateMany({
        where: { id: item.id, answeredAt: null, attempt: { is: { status: "in_progress" } } },
        data: { ...answer, ...grade },
      });
      if (written.count === 0) return false;
      await scheduleReviews(tx, viewer.id, [{ questionId: item.questionId, correct: grade.correct, confidence: input.confidence }], now);
      return true;
    });
    if (!landed) return fail("This question was already answered, or the quiz is finished.");
    return { ok: true, feedback: { ...grade, explanation: item.questionVersion.explanation, solution: solutionOf(payload) } };
  }

  // One conditional write: it lands only while the attempt is still open in the
  // same section, so a submit or a section change in between wins. As one
  // statement (Prisma would wrap a relation filter in a transaction of three).
  const write = (client: Prisma.TransactionClient) => client.$executeRaw`
    UPDATE "AttemptItem" SET "response" = ${answer.response}, "answeredAt" = ${now}, "timeSpentMs" = "timeSpentMs" + ${answer.timeSpentMs.increment}
    WHERE "id" = ${item.id} AND EXISTS (SELECT 1 FROM "Attempt" WHERE "id" = ${attempt.id} AND "status" = 'in_progress' AND "section" = ${attempt.section}${sharedRowLock()})`;
  const saved = attempt.breakStartedAt
    ? await db.$transaction(async (tx) => {
        await endBreak(tx, attempt, now);
        return write(tx);
      })
    : await write(db);
  return saved ? { ok: true } : fail(FINISHED);
}
