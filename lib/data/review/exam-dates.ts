import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

export type ExamDate = {
  targetId: string;
  code: string;
  examDate: Date;
  /** The learner chose this target themselves (and their date wins over an assignment's). */
  chosen: boolean;
  /** The organisation whose cohort was assigned this target, if one was. */
  assignedBy: string | null;
};

/**
 * The learner's exam date per target: their own, else the earliest a cohort
 * of theirs was assigned. The one reading of that rule, for the dashboard and
 * the review scheduler alike; the caller has checked that `userId` is the viewer's.
 */
export async function examDatesOf(client: Prisma.TransactionClient, userId: string): Promise<ExamDate[]> {
  const [own, assigned] = await Promise.all([
    client.learnerTarget.findMany({ where: { userId }, select: { targetId: true, examDate: true, target: { select: { code: true } } } }),
    client.assignment.findMany({
      where: { targetId: { not: null }, cohort: { members: { some: { userId } } } },
      orderBy: { dueDate: "asc" },
      select: { targetId: true, dueDate: true, target: { select: { code: true } }, cohort: { select: { organisation: { select: { name: true } } } } },
    }),
  ]);
  const dates = new Map<string, ExamDate>(own.map((t) => [t.targetId, { targetId: t.targetId, code: t.target.code, examDate: t.examDate, chosen: true, assignedBy: null }]));
  for (const a of assigned) {
    if (!a.targetId || !a.target) continue;
    const date = dates.get(a.targetId);
    if (!date) dates.set(a.targetId, { targetId: a.targetId, code: a.target.code, examDate: a.dueDate, chosen: false, assignedBy: a.cohort.organisation.name });
    else date.assignedBy ??= a.cohort.organisation.name;
  }
  return [...dates.values()];
}
