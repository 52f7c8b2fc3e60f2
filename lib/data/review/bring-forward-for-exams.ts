import "server-only";
import { planExamReviews, reviewDaysLeft } from "@/lib/assessment/exam-schedule";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fsrsCardSelect } from "./card-select";
import { examDatesOf } from "./exam-dates";

const DAY = 86_400_000;

/**
 * Brings the learner's cards that would fade below their desired retention by
 * an exam forward to days before it, levelled against the rest of their
 * reviews; `only` limits the moves to those questions' cards (the ones just
 * answered). Inside the caller's transaction; the caller has checked that
 * `userId` is the viewer's. Cards of targets without a coming exam are left to FSRS.
 */
export async function bringForwardForExams(tx: Prisma.TransactionClient, userId: string, now: Date, only?: string[]): Promise<void> {
  const exams = (await examDatesOf(tx, userId)).filter((e) => reviewDaysLeft(now, e.examDate) > 0).sort((a, b) => a.examDate.getTime() - b.examDate.getTime());
  if (exams.length === 0) return;
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { desiredRetention: true } });
  const examDays = exams.map((e) => new Date(Math.floor(e.examDate.getTime() / DAY) * DAY));
  // Only a card FSRS leaves until exam day or later can need bringing forward.
  const candidates = await tx.reviewCard.findMany({
    where: {
      userId,
      question: { retired: false },
      ...(only ? { questionId: { in: only } } : {}),
      OR: exams.map((e, i) => ({ question: { targetId: e.targetId }, due: { gte: examDays[i] } })),
    },
    select: { questionId: true, ...fsrsCardSelect, question: { select: { targetId: true } } },
  });
  if (candidates.length === 0) return;
  // Filtered here rather than by a NOT IN, which a replan of thousands of cards would take past SQLite's parameter limit.
  const candidateIds = new Set(candidates.map((c) => c.questionId));
  const others = (
    await tx.reviewCard.findMany({ where: { userId, question: { retired: false }, due: { lt: examDays.at(-1) } }, select: { questionId: true, due: true } })
  )
    .filter((c) => !candidateIds.has(c.questionId))
    .map((c) => c.due);

  // A card of another target counts towards each day's load where it is due, moved or not.
  const dueOf = new Map(candidates.map((c) => [c.questionId, c.due]));
  for (const exam of exams) {
    const own = candidates.filter((c) => c.question.targetId === exam.targetId);
    const rest = candidates.filter((c) => c.question.targetId !== exam.targetId).map((c) => dueOf.get(c.questionId)!);
    const plan = planExamReviews({ cards: own.map((card) => ({ id: card.questionId, card })), others: [...others, ...rest], now, examDate: exam.examDate, retention: user.desiredRetention });
    for (const [questionId, due] of plan.due) dueOf.set(questionId, due);
  }
  const moves = new Map<number, string[]>();
  for (const c of candidates) {
    const due = dueOf.get(c.questionId)!;
    if (due !== c.due) moves.set(due.getTime(), [...(moves.get(due.getTime()) ?? []), c.questionId]);
  }
  // Moved cards share a handful of due dates (one per day): one update per day, in chunks under SQLite's parameter limit.
  for (const [due, questionIds] of moves) {
    for (let at = 0; at < questionIds.length; at += UPDATE_CHUNK) {
      await tx.reviewCard.updateMany({ where: { userId, questionId: { in: questionIds.slice(at, at + UPDATE_CHUNK) } }, data: { due: new Date(due) } });
    }
  }
}

const UPDATE_CHUNK = 500;
