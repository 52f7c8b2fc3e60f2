import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

export type ExamDate = { targetId: string; code: string; examDate: Date };

/**
 * The learner's exam date per target: their own, else the earliest a cohort
 * of theirs was assigned (the dashboard reads them the same way); the caller
 * has checked that `userId` is the viewer's.
 */
export async function examDatesOf(client: Prisma.TransactionClient, userId: string): Promise<ExamDate[]> {
  const [own, assigned] = await Promise.all([
    client.learnerTarget.findMany({ where: { userId }, select: { targetId: true, examDate: true, target: { select: { code: true } } } }),
    client.assignment.findMany({
      where: { targetId: { not: null }, cohort: { members: { some: { userId } } } },
      orderBy: { dueDate: "asc" },
      select: { targetId: true, dueDate: true, target: { select: { code: true } } },
    }),
  ]);
  const dates = new Map<string, ExamDate>(own.map((t) => [t.targetId, { targetId: t.targetId, code: t.target.code, examDate: t.examDate }]));
  for (const a of assigned) if (a.targetId && a.target && !dates.has(a.targetId)) dates.set(a.targetId, { targetId: a.targetId, code: a.target.code, examDate: a.dueDate });
  return [...dates.values()];
}
