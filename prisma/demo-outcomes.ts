// Demo mode's reported exam results: learners who sat their exam in the last
// months, with the six weeks of practice before it, so the admin's reliability
// diagram and the dashboard's calibration have something real-shaped to show.
// PMP gets enough results for a calibration in force; Green Belt too few, to
// show the state before one. The world is harsher than the model assumes
// (guessing on choice items, an exam harder than practice), as real exams are.
// Deterministic and written in bulk; seeded once.
import { seededRandom } from "../lib/assessment/present";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { fitCalibration, type Outcome } from "../lib/readiness/calibration";
import { estimateReadiness, gaussian, itemLogit, logistic, passProbability, type Evidence } from "../lib/readiness/model";
import type { BlueprintDomain } from "../lib/readiness/blueprint";
import { insertRows } from "./bulk-insert";
import { questionPool } from "./demo-organisation";

const DAY = 86_400_000;
const PLANS = [
  { target: "PMP", learners: 60, calibrate: true },
  { target: "LSSGB", learners: 12, calibrate: false },
];
/** Logits by which the real exam is harder than the practice bank. */
const EXAM_HARDER = 0.35;
const BANDS = ["needs-improvement", "below-target", "target", "above-target"] as const;

const midnight = (t: number) => new Date(Math.floor(t / DAY) * DAY);

export async function ensureDemoOutcomes(db: PrismaClient, now = new Date()): Promise<{ created: boolean; rows: number }> {
  if (await db.user.findUnique({ where: { id: "demo-alumnus-PMP-01" }, select: { id: true } })) return { created: false, rows: 0 };
  const random = seededRandom("kaizen-demo-outcomes");
  const users: { id: string; name: string; email: string; role: "learner"; createdAt: Date; updatedAt: Date }[] = [];
  const attempts: { id: string; userId: string; mode: string; targetId: string; status: string; startedAt: Date; submittedAt: Date; score: number; maxScore: number; percent: number }[] = [];
  const items: { id: string; attemptId: string; position: number; questionId: string; questionVersionId: string; domain: string; response: string; answeredAt: Date; timeSpentMs: number; credit: number; correct: boolean }[] = [];
  const outcomes: { id: string; userId: string; targetId: string; examDate: Date; passed: boolean; domainBands: string; exam: string; predictedPass: number | null; modelPass: number; answers: number; createdAt: Date; updatedAt: Date }[] = [];
  const calibrations: { targetId: string; calibration: string; outcomes: number; fittedAt: Date }[] = [];

  for (const plan of PLANS) {
    const target = await db.certificationTarget.findUnique({ where: { code: plan.target }, select: { id: true } });
    const blueprint = target && (await db.blueprint.findFirst({ where: { targetId: target.id, effectiveFrom: { lte: now } }, orderBy: { effectiveFrom: "desc" }, select: { questionCount: true, passingPercent: true, domains: true } }));
    const pool = await questionPool(db, plan.target);
    if (!target || !blueprint || pool.length === 0) continue;
    const domains = JSON.parse(blueprint.domains) as BlueprintDomain[];
    const exam = { questions: blueprint.questionCount, passingPercent: blueprint.passingPercent };
    const fits: Outcome[] = [];

    for (let m = 0; m < plan.learners; m++) {
      const userId = `demo-alumnus-${plan.target}-${String(m + 1).padStart(2, "0")}`;
      const examDate = midnight(now.getTime() - (14 + Math.floor(random() * 150)) * DAY);
      const joined = new Date(examDate.getTime() - 45 * DAY);
      users.push({ id: userId, name: `Alumnus ${plan.target} ${m + 1}`, email: `${userId.toLowerCase()}@alumni.demo.kaizen.academy`, role: "learner", createdAt: joined, updatedAt: joined });
      const ability = 0.4 + 0.9 * gaussian(random);
      const studyDays = 6 + Math.floor(random() * 12);
      const evidence: Evidence[] = [];
      for (let d = 0; d < studyDays; d++) {
        const at = new Date(examDate.getTime() - (1 + Math.floor(random() * 42)) * DAY + (8 + Math.floor(random() * 12)) * 3_600_000);
        const attemptId = `${userId}-attempt-${d + 1}`;
        let score = 0;
        for (let q = 0; q < 10; q++) {
          const question = pool[Math.floor(random() * pool.length)]!;
          const floor = 1 / question.choices;
          const correct = random() < floor + (1 - floor) * logistic(ability - itemLogit(question.difficulty));
          const answeredAt = new Date(at.getTime() + q * 75_000);
          score += correct ? 1 : 0;
          items.push({ id: `${attemptId}-${q}`, attemptId, position: q, questionId: question.id, questionVersionId: question.versionId, domain: question.domain, response: correct ? question.right : question.wrong, answeredAt, timeSpentMs: 60_000, credit: correct ? 1 : 0, correct });
          evidence.push({ domain: question.domain, credit: correct ? 1 : 0, difficulty: question.difficulty, at: answeredAt, itemId: question.id, choices: question.choices });
        }
        attempts.push({ id: attemptId, userId, mode: "short", targetId: target.id, status: "submitted", startedAt: at, submittedAt: new Date(at.getTime() + 750_000), score, maxScore: 10, percent: score * 10 });
      }
      // The sitting: every exam question drawn at the learner's ability against a harder exam, four options each.
      let right = 0;
      const byDomain = new Map<string, { right: number; n: number }>();
      for (const d of domains) {
        const n = Math.round(d.weight * exam.questions);
        let r = 0;
        for (let q = 0; q < n; q++) r += random() < 0.25 + 0.75 * logistic(ability - EXAM_HARDER + 0.6 * gaussian(random)) ? 1 : 0;
        right += r;
        byDomain.set(d.code, { right: r, n });
      }
      const passed = right >= (exam.passingPercent / 100) * exam.questions;
      const bands = plan.target === "PMP" ? Object.fromEntries([...byDomain].map(([code, s]) => [code, BANDS[Math.min(3, Math.max(0, Math.floor(((s.right / s.n - 0.45) / 0.5) * 4)))]!])) : {};
      const readiness = estimateReadiness(evidence, domains, examDate);
      const modelPass = passProbability(readiness, exam);
      const reportedAt = new Date(examDate.getTime() + (2 + Math.floor(random() * 10)) * DAY);
      outcomes.push({
        id: `${userId}-outcome`,
        userId,
        targetId: target.id,
        examDate,
        passed,
        domainBands: JSON.stringify(bands),
        exam: JSON.stringify({ ...exam, domains }),
        // No calibration was in force when they reported: the dashboard showed the model's own number.
        predictedPass: readiness.overall.enough ? modelPass : null,
        modelPass,
        answers: readiness.answers,
        createdAt: reportedAt,
        updatedAt: reportedAt,
      });
      fits.push({ evidence, domains, examDate, exam, passed });
    }
    if (plan.calibrate) calibrations.push({ targetId: target.id, calibration: JSON.stringify(fitCalibration(fits)), outcomes: fits.length, fittedAt: now });
  }

  await db.$transaction([
    ...insertRows(db, "User", users),
    ...insertRows(db, "Attempt", attempts),
    ...insertRows(db, "AttemptItem", items),
    ...insertRows(db, "ExamOutcome", outcomes),
    ...insertRows(db, "TargetCalibration", calibrations),
  ]);
  return { created: true, rows: users.length + attempts.length + items.length + outcomes.length + calibrations.length };
}
