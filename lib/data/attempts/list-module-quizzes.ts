import "server-only";
import { moduleQuizStatuses, type ModuleQuizStatus } from "@/lib/assessment/module-quizzes";
import { db } from "@/lib/db";
import { requireViewer } from "../viewer";
import { PUBLISHED_MODULE } from "@/lib/data/catalog/published";

/** Per module of a course: whether it has a quiz, and the viewer's results. */
export async function listModuleQuizzes(courseId: string, now = new Date()): Promise<ModuleQuizStatus[]> {
  const viewer = await requireViewer();
  const [modules, attempts, coursePool] = await Promise.all([
    db.module.findMany({ where: { courseId, ...PUBLISHED_MODULE }, orderBy: { order: "asc" }, select: { id: true, _count: { select: { questions: { where: { retired: false } } } } } }),
    db.attempt.findMany({
      where: { userId: viewer.id, mode: { in: ["quiz", "final"] }, module: { courseId } },
      orderBy: { startedAt: "desc" },
      select: { id: true, moduleId: true, mode: true, status: true, percent: true, passed: true, submittedAt: true },
    }),
    db.question.count({ where: { module: { courseId }, retired: false } }),
  ]);
  return moduleQuizStatuses(modules.map((m) => ({ id: m.id, questions: m._count.questions })), attempts, coursePool, now);
}
