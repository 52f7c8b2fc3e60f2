import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { effectiveDeadline } from "@/lib/assessment/exam-plan";

type OnBreak = { id: string; deadlineAt: Date | null; breakStartedAt: Date | null; breakMinutes: number };

/** Ends a break in the caller's transaction: the deadline moves by the break time used. The caller owns `attempt`. */
export async function endBreak(tx: Prisma.TransactionClient, attempt: OnBreak, now: Date): Promise<void> {
  if (!attempt.breakStartedAt) return;
  await tx.attempt.update({ where: { id: attempt.id }, data: { deadlineAt: effectiveDeadline(attempt, now), breakStartedAt: null } });
}
