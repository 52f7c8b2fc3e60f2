// What a report of an exam result freezes: the exam as it stood on the day,
// and what the dashboard would have said that morning.
import "server-only";
import { db } from "@/lib/db";
import { blueprintInForce } from "@/lib/data/blueprints/list-blueprints";
import { calibrationsInForce } from "@/lib/data/readiness/calibration-in-force";
import { evidenceBefore, evidenceKey, learnerEvidence } from "@/lib/data/readiness/learner-evidence";
import type { BlueprintDomain } from "@/lib/readiness/blueprint";
import { estimateReadiness, passProbability } from "@/lib/readiness/model";

export type StoredExam = { questions: number; passingPercent: number; domains: BlueprintDomain[] };

/** The target by code if the learner studies it: on their dashboard, or assigned to one of their cohorts. */
export async function studiedTarget(userId: string, code: string): Promise<{ id: string; code: string } | null> {
  return db.certificationTarget.findFirst({
    where: { code, OR: [{ learners: { some: { userId } } }, { assignments: { some: { cohort: { members: { some: { userId } } } } } }] },
    select: { id: true, code: true },
  });
}

export async function examOn(targetId: string, examDate: Date): Promise<StoredExam | null> {
  const blueprint = (await blueprintInForce(targetId, examDate)) ?? (await blueprintInForce(targetId, new Date()));
  return blueprint && { questions: blueprint.questionCount, passingPercent: blueprint.passingPercent, domains: blueprint.domains };
}

/**
 * The model's pass probability on the morning of the exam, raw and as the
 * dashboard showed it (with the calibration in force; none without enough evidence).
 */
export async function predictionOn(userId: string, targetId: string, exam: StoredExam, examDate: Date) {
  const [evidence, calibrations] = await Promise.all([learnerEvidence([userId], [targetId]), calibrationsInForce([targetId])]);
  const before = evidenceBefore(evidence.get(evidenceKey(userId, targetId)) ?? [], examDate);
  const calibration = calibrations.get(targetId)?.calibration;
  const raw = estimateReadiness(before, exam.domains, examDate);
  const shown = calibration ? estimateReadiness(before, exam.domains, examDate, { calibration }) : raw;
  return {
    modelPass: passProbability(raw, exam),
    predictedPass: shown.overall.enough ? passProbability(shown, exam, calibration) : null,
    answers: raw.answers,
  };
}
