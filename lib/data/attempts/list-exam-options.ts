import "server-only";
import { summaryAt } from "@/lib/assessment/attempt-score";
import { timeUpAt } from "@/lib/assessment/exam-plan";
import { examOptions, type ExamOption } from "@/lib/assessment/exam-options";
import { db } from "@/lib/db";
import { listBlueprints } from "../blueprints/list-blueprints";
import { listTargets } from "../targets/list-targets";
import { requireViewer } from "../viewer";

/**
 * Every target's exam formats, with the viewer's open and recent attempts: the
 * same few queries however many targets there are, and no writes (an attempt
 * out of time is listed as finished, graded from its stored answers).
 */
export async function listExamOptions(now = new Date()): Promise<ExamOption[]> {
  const viewer = await requireViewer();
  const [targets, counts, attempts, blueprints] = await Promise.all([
    listTargets(),
    db.question.groupBy({ by: ["targetId", "domain"], where: { retired: false }, _count: { _all: true } }),
    db.attempt.findMany({
      where: { userId: viewer.id, mode: { not: "quiz" } },
      orderBy: { startedAt: "desc" },
      take: 50,
      select: {
        id: true,
        mode: true,
        format: true,
        domain: true,
        status: true,
        deadlineAt: true,
        breakStartedAt: true,
        breakMinutes: true,
        passingPercent: true,
        percent: true,
        passed: true,
        submittedAt: true,
        targetId: true,
      },
    }),
    listBlueprints(),
  ]);
  const late = attempts.filter((a) => timeUpAt(a, now)).map((a) => a.id);
  const lateItems = late.length
    ? await db.attemptItem.findMany({
        where: { attempt: { id: { in: late }, userId: viewer.id } },
        select: { attemptId: true, response: true, credit: true, correct: true, questionVersion: { select: { payload: true } } },
      })
    : [];
  return examOptions(
    targets,
    blueprints,
    counts.map((c) => ({ targetId: c.targetId, domain: c.domain, count: c._count._all })),
    attempts.map((a) => summaryAt(a, lateItems.filter((i) => i.attemptId === a.id), now)),
    now,
  );
}
