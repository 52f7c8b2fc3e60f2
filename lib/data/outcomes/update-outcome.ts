import "server-only";
import { parseJson } from "@/lib/assessment/stored";
import { db } from "@/lib/db";
import { fail, type Result } from "@/lib/data/result";
import { requireRole } from "@/lib/data/viewer";
import type { OutcomeFields } from "@/lib/validation/exam-outcomes";
import { examOn, predictionOn, type StoredExam } from "./outcome-context";
import { ALREADY_REPORTED, checkBands, isUniqueViolation, type OutcomeInput } from "./report-outcome";

const NOT_YOURS = "That report does not exist.";

/**
 * Corrects the learner's own report. A new exam date is a different morning,
 * so the exam and the prediction are taken again; otherwise they stay as they were.
 */
export async function updateOutcome(input: OutcomeInput & { id: string }): Promise<Result<object, OutcomeFields>> {
  const viewer = await requireRole("learner");
  const row = await db.examOutcome.findFirst({ where: { id: input.id, userId: viewer.id }, select: { id: true, targetId: true, examDate: true, exam: true, target: { select: { code: true } } } });
  if (!row) return fail(NOT_YOURS, "id");
  const moved = row.examDate.getTime() !== input.examDate.getTime();
  const exam = moved ? await examOn(row.targetId, input.examDate) : parseJson<StoredExam | null>(row.exam, null);
  if (!exam) return fail("That certification has no exam format yet.", "examDate");
  const badBands = checkBands(row.target.code, exam, input.bands);
  if (badBands) return badBands;
  const prediction = moved ? { ...(await predictionOn(viewer.id, row.targetId, exam, input.examDate)), exam: JSON.stringify(exam) } : {};
  try {
    const updated = await db.examOutcome.updateMany({
      where: { id: row.id, userId: viewer.id },
      data: { examDate: input.examDate, passed: input.result === "passed", domainBands: JSON.stringify(input.bands), ...prediction },
    });
    return updated.count ? { ok: true } : fail(NOT_YOURS, "id");
  } catch (e) {
    if (isUniqueViolation(e)) return fail(ALREADY_REPORTED, "examDate");
    throw e;
  }
}
