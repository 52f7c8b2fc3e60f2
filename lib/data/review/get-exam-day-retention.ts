import "server-only";
import { cache } from "react";
import { examDayRetention, reviewDaysLeft } from "@/lib/assessment/exam-schedule";
import { db } from "@/lib/db";
import { requireViewer } from "../viewer";
import { fsrsCardSelect } from "./card-select";
import { examDatesOf } from "./exam-dates";

export type DomainRetention = { domain: string; cards: number; ifStopped: number; planned: number };
export type ExamDayRetention = { code: string; examDate: Date; retention: number; domains: DomainRetention[] };

/**
 * For each coming exam of the viewer, the mean recall FSRS expects on exam day
 * over the review cards of each domain: if they stop reviewing now, and if they
 * keep up with the plan. Once per request, however many targets ask.
 */
export const getExamDayRetention = cache(async (now = new Date()): Promise<ExamDayRetention[]> => {
  const viewer = await requireViewer();
  const exams = (await examDatesOf(db, viewer.id)).filter((e) => reviewDaysLeft(now, e.examDate) > 0);
  if (exams.length === 0) return [];
  const [user, cards] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { desiredRetention: true } }),
    db.reviewCard.findMany({
      where: { userId: viewer.id, question: { retired: false, targetId: { in: exams.map((e) => e.targetId) } } },
      select: { ...fsrsCardSelect, question: { select: { targetId: true, domain: true } } },
    }),
  ]);
  const retention = user.desiredRetention;
  return exams.map((exam) => {
    const byDomain = new Map<string, DomainRetention>();
    for (const { question, ...card } of cards) {
      if (question.targetId !== exam.targetId) continue;
      const r = examDayRetention(card, now, exam.examDate, retention);
      const d = byDomain.get(question.domain) ?? { domain: question.domain, cards: 0, ifStopped: 0, planned: 0 };
      byDomain.set(question.domain, { domain: d.domain, cards: d.cards + 1, ifStopped: d.ifStopped + r.ifStopped, planned: d.planned + r.planned });
    }
    const domains = [...byDomain.values()].map((d) => ({ ...d, ifStopped: d.ifStopped / d.cards, planned: d.planned / d.cards }));
    return { code: exam.code, examDate: exam.examDate, retention, domains };
  });
});
