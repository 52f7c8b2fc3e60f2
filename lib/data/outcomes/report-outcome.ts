import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { fail, type Result } from "@/lib/data/result";
import { requireRole } from "@/lib/data/viewer";
import { reportsBands, type ExamBand } from "@/lib/validation/exam-bands";
import type { OutcomeFields } from "@/lib/validation/exam-outcomes";
import { examOn, predictionOn, studiedTarget, type StoredExam } from "./outcome-context";

export type OutcomeInput = { examDate: Date; result: "passed" | "failed"; bands: Record<string, ExamBand> };

export const ALREADY_REPORTED = "You have already reported a result for this exam date.";

/** Bands only where the exam reports them, and only for the exam's own domains. */
export function checkBands(code: string, exam: StoredExam, bands: Record<string, ExamBand>) {
  const given = Object.keys(bands);
  if (given.length === 0) return null;
  if (!reportsBands(code)) return fail<OutcomeFields>(`The ${code} exam report gives no domain bands.`, "bands");
  const known = new Set(exam.domains.map((d) => d.code));
  return given.every((d) => known.has(d)) ? null : fail<OutcomeFields>("Choose bands only for this exam's domains.", "bands");
}

export const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

/** The learner's real exam result for a target they study, with what the model predicted that morning. */
export async function reportOutcome(input: OutcomeInput & { targetCode: string }): Promise<Result<{ id: string }, OutcomeFields>> {
  const viewer = await requireRole("learner");
  const target = await studiedTarget(viewer.id, input.targetCode);
  if (!target) return fail("That certification is not one you study here.", "targetCode");
  const exam = await examOn(target.id, input.examDate);
  if (!exam) return fail("That certification has no exam format yet.", "targetCode");
  const badBands = checkBands(target.code, exam, input.bands);
  if (badBands) return badBands;
  const taken = await db.examOutcome.findUnique({ where: { userId_targetId_examDate: { userId: viewer.id, targetId: target.id, examDate: input.examDate } }, select: { id: true } });
  if (taken) return fail(ALREADY_REPORTED, "examDate");
  const prediction = await predictionOn(viewer.id, target.id, exam, input.examDate);
  try {
    const row = await db.examOutcome.create({
      data: {
        userId: viewer.id,
        targetId: target.id,
        examDate: input.examDate,
        passed: input.result === "passed",
        domainBands: JSON.stringify(input.bands),
        exam: JSON.stringify(exam),
        ...prediction,
      },
      select: { id: true },
    });
    return { ok: true, id: row.id };
  } catch (e) {
    // Two submissions at once: the unique index keeps one.
    if (isUniqueViolation(e)) return fail(ALREADY_REPORTED, "examDate");
    throw e;
  }
}
