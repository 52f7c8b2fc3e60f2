import "server-only";
import { itemReports, type AnswerRow, type ItemReport } from "@/lib/studio/item-report";
import { db } from "@/lib/db";
import { requireAuthor } from "./course-access";
import { editableQuestions, writableTargets } from "./question-access";

export type ItemStatisticsRow = ItemReport & { key: string; stem: string };

/**
 * Item statistics of one bank over every finished attempt (quizzes, exams,
 * reviews' attempts), for the questions the viewer may edit. Weak items first.
 */
export async function getItemStatistics(targetCode: string | undefined) {
  const viewer = await requireAuthor();
  const targets = await writableTargets(viewer);
  const target = targets.find((t) => t.code === targetCode) ?? targets[0];
  if (!target) return { targets, target: null, rows: [] as ItemStatisticsRow[], attempts: 0 };
  const questions = await db.question.findMany({
    where: { ...editableQuestions(viewer), targetId: target.id },
    select: { id: true, key: true, versions: { orderBy: { version: "desc" }, take: 1, select: { stem: true } } },
  });
  const answers = await db.attemptItem.findMany({
    where: { questionId: { in: questions.map((q) => q.id) }, attempt: { status: "submitted" } },
    orderBy: { answeredAt: "asc" },
    select: { attemptId: true, questionId: true, credit: true, timeSpentMs: true, response: true, questionVersion: { select: { payload: true } } },
  });
  const rows: AnswerRow[] = answers.map((a) => ({ attemptId: a.attemptId, questionId: a.questionId, credit: a.credit, timeSpentMs: a.timeSpentMs, response: a.response, payload: a.questionVersion.payload }));
  const byId = new Map(questions.map((q) => [q.id, q]));
  const reports = itemReports(questions.map((q) => q.id), rows).map((r) => ({ ...r, key: byId.get(r.questionId)!.key, stem: byId.get(r.questionId)!.versions[0]?.stem ?? "" }));
  reports.sort((a, b) => b.flags.length - a.flags.length || b.attempts - a.attempts);
  return { targets, target, rows: reports, attempts: new Set(rows.map((r) => r.attemptId)).size };
}
