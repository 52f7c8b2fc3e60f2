import "server-only";
import { FINAL_QUESTIONS, QUIZ_MAX_QUESTIONS, QUIZ_PASSING_PERCENT, retakeBlockedUntil } from "@/lib/assessment/exam-plan";
import { shuffle } from "@/lib/assessment/present";
import { db } from "@/lib/db";
import { formatDateTime } from "@/lib/format";
import { fail, type Result } from "../result";
import { requireViewer } from "../viewer";
import { createAttempt, openAttemptId } from "./create-attempt";
import { PUBLISHED_MODULE } from "@/lib/data/catalog/published";

type Started = Result<{ attemptId: string }, "moduleId">;

const latestVersion = { id: true, domain: true, versions: { orderBy: { version: "desc" }, take: 1, select: { id: true } } } as const;

/**
 * Starts the module's practice quiz, or resumes the one in progress. The
 * course's last module has a final assessment instead (see FINAL_QUESTIONS).
 */
export async function startModuleQuiz(moduleId: string, now = new Date()): Promise<Started> {
  const viewer = await requireViewer();
  const mod = await db.module.findFirst({
    where: { id: moduleId, ...PUBLISHED_MODULE, course: { published: true } },
    select: { id: true, courseId: true, course: { select: { modules: { where: PUBLISHED_MODULE, orderBy: { order: "desc" }, take: 1, select: { id: true } } } } },
  });
  if (!mod) return fail("That module does not exist.", "moduleId");
  if (mod.course.modules[0]?.id === mod.id) return startFinalAssessment(viewer.id, mod, now);
  const activeKey = `${viewer.id}:quiz:${mod.id}`;
  const open = await openAttemptId(activeKey);
  if (open) return { ok: true, attemptId: open };

  const questions = await db.question.findMany({ where: { moduleId: mod.id, retired: false }, select: latestVersion });
  if (questions.length === 0) return fail("This module has no quiz yet.", "moduleId");
  const chosen = shuffle(questions, Math.random).slice(0, QUIZ_MAX_QUESTIONS);
  const attemptId = await createAttempt({
    userId: viewer.id,
    mode: "quiz",
    moduleId: mod.id,
    activeKey,
    passingPercent: QUIZ_PASSING_PERCENT,
    items: { create: chosen.map((q, i) => ({ position: i + 1, questionId: q.id, questionVersionId: q.versions[0]!.id, domain: q.domain })) },
  });
  return { ok: true, attemptId };
}

/** `userId` is the viewer's, checked by startModuleQuiz. */
async function startFinalAssessment(userId: string, mod: { id: string; courseId: string }, now: Date): Promise<Started> {
  const activeKey = `${userId}:final:${mod.id}`;
  const open = await openAttemptId(activeKey);
  if (open) return { ok: true, attemptId: open };
  const [last, questions, seen] = await Promise.all([
    db.attempt.findFirst({ where: { userId, moduleId: mod.id, mode: "final", status: "submitted" }, orderBy: { submittedAt: "desc" }, select: { passed: true, submittedAt: true } }),
    db.question.findMany({ where: { module: { courseId: mod.courseId }, retired: false }, select: latestVersion }),
    db.attemptItem.findMany({ where: { attempt: { userId, moduleId: mod.id, mode: "final" } }, distinct: ["questionId"], select: { questionId: true } }),
  ]);
  const wait = retakeBlockedUntil(last, now);
  if (wait) return fail(`You can retake the final assessment from ${formatDateTime(wait)}. Until then, revisit the lessons and your spaced review.`, "moduleId");
  if (questions.length === 0) return fail("This course has no final assessment yet.", "moduleId");
  // Questions never met in an earlier final assessment come first, so a retake is mostly new questions.
  const met = new Set(seen.map((s) => s.questionId));
  const chosen = [...shuffle(questions.filter((q) => !met.has(q.id)), Math.random), ...shuffle(questions.filter((q) => met.has(q.id)), Math.random)].slice(0, FINAL_QUESTIONS);
  const attemptId = await createAttempt({
    userId,
    mode: "final",
    moduleId: mod.id,
    activeKey,
    startedAt: now,
    passingPercent: QUIZ_PASSING_PERCENT,
    items: { create: chosen.map((q, i) => ({ position: i + 1, questionId: q.id, questionVersionId: q.versions[0]!.id, domain: q.domain })) },
  });
  return { ok: true, attemptId };
}
