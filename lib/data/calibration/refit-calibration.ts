import "server-only";
import { headers } from "next/headers";
import { parseJson } from "@/lib/assessment/stored";
import { clientAddress } from "@/lib/client-address";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { StoredExam } from "@/lib/data/outcomes/outcome-context";
import { evidenceBefore, evidenceKey, learnerEvidence } from "@/lib/data/readiness/learner-evidence";
import { fail, type Result } from "@/lib/data/result";
import { requireRole } from "@/lib/data/viewer";
import { fitCalibration, type Outcome } from "@/lib/readiness/calibration";
import { CALIBRATION_MIN_OUTCOMES } from "@/lib/readiness/reliability";

// Bound parameters per evidence query stay well under SQLite's limit, and its rows, which
// come back as one JSON text, in the tens of megabytes for learners of thousands of answers.
const USERS_PER_QUERY = 100;

/**
 * Fits the target's calibration on every reported result, each with the
 * learner's answers from before their exam date, and puts it in force for
 * every learner of the target.
 */
export async function refitCalibration(targetCode: string): Promise<Result<{ outcomes: number }, "targetCode">> {
  const admin = await requireRole("admin");
  const target = await db.certificationTarget.findUnique({ where: { code: targetCode }, select: { id: true, code: true } });
  if (!target) return fail("Choose a certification.", "targetCode");
  const rows = await db.examOutcome.findMany({ where: { targetId: target.id }, select: { userId: true, examDate: true, passed: true, exam: true } });
  if (rows.length < CALIBRATION_MIN_OUTCOMES) {
    return fail(`${target.code} has ${rows.length} reported results; a calibration needs at least ${CALIBRATION_MIN_OUTCOMES}.`, "targetCode");
  }
  const userIds = [...new Set(rows.map((r) => r.userId))];
  const evidence = new Map<string, Outcome["evidence"]>();
  for (let i = 0; i < userIds.length; i += USERS_PER_QUERY) {
    for (const [key, list] of await learnerEvidence(userIds.slice(i, i + USERS_PER_QUERY), [target.id])) evidence.set(key, list);
  }
  const outcomes: Outcome[] = rows.flatMap((r) => {
    const exam = parseJson<StoredExam | null>(r.exam, null);
    if (!exam) return [];
    return [
      {
        evidence: evidenceBefore(evidence.get(evidenceKey(r.userId, target.id)) ?? [], r.examDate),
        domains: exam.domains,
        examDate: r.examDate,
        exam: { questions: exam.questions, passingPercent: exam.passingPercent },
        passed: r.passed,
      },
    ];
  });
  const calibration = fitCalibration(outcomes);
  const fittedAt = new Date();
  const ip = clientAddress(await headers());
  await db.$transaction(async (tx) => {
    const data = { calibration: JSON.stringify(calibration), outcomes: outcomes.length, fittedAt };
    await tx.targetCalibration.upsert({ where: { targetId: target.id }, create: { targetId: target.id, ...data }, update: data });
    await recordAudit({ action: "target.calibrated", actor: admin, subject: { type: "target", id: target.id }, detail: { target: target.code, outcomes: outcomes.length }, ip }, tx);
  });
  return { ok: true, outcomes: outcomes.length };
}
