import "server-only";
import { currentReadiness, examPass, readinessAt, weekDates, type AssignedExam, type MemberFacts, type MemberModel } from "@/lib/hr/cohort-report";
import type { Evidence } from "@/lib/readiness/model";
import type { CalibrationInForce } from "@/lib/data/readiness/calibration-in-force";

// Fitting the readiness model is what makes a cohort of thousands slow: about
// ten fits per member (now, the exam date, seven past week ends). Each process
// keeps every fit keyed by what it depends on, so the database is not written
// by a read:
// - now: the member's evidence and the day (within a day the age weighting is
//   the first view's; a 30-day half-life moves weights by at most 2.3% in a day);
// - the exam date: the evidence, and the day only once the date is past;
// - a past week end: the evidence up to it, so a new day refits none of them and
//   a new answer refits only the week ends after it (none, in the usual case).
// A refitted calibration changes every key.
type Memos = { current: Map<string, Pick<MemberModel, "cells" | "overall">>; exam: Map<string, number | null>; weeks: Map<string, number | null> };
const memos: Memos = ((globalThis as { __kaizenMemberModelMemos?: Memos }).__kaizenMemberModelMemos ??= { current: new Map(), exam: new Map(), weeks: new Map() });
const MAX_ENTRIES = 200_000;

function remember<T>(memo: Map<string, T>, key: string, fit: () => T): T {
  if (memo.has(key)) return memo.get(key)!;
  const value = fit();
  if (memo.size >= MAX_ENTRIES) memo.clear();
  memo.set(key, value);
  return value;
}

/** What identifies a member's evidence up to a time: how many answers, their total credit and the latest. */
function evidenceKey(evidence: Evidence[], until = Infinity): string {
  let answers = 0;
  let credit = 0;
  let latest = 0;
  for (const e of evidence) {
    const at = e.at.getTime();
    if (at > until) continue;
    const n = e.count ?? 1;
    answers += n;
    credit += e.credit * n;
    latest = Math.max(latest, at);
  }
  return `${answers}|${credit.toFixed(3)}|${latest}`;
}

export function memberModels(facts: MemberFacts[], exam: AssignedExam, now: Date, calibration?: CalibrationInForce): MemberModel[] {
  const fitted = calibration?.fittedAt.getTime() ?? 0;
  const model = calibration?.calibration;
  const day = now.toISOString().slice(0, 10);
  const domains = `${exam.code}|${exam.domains.map((d) => `${d.code}:${d.weight}`).join(",")}|${fitted}`;
  const examAt = exam.examDate > now ? String(exam.examDate.getTime()) : day;
  const examKey = `${domains}|${exam.questions}|${exam.passingPercent}|${examAt}`;
  const dates = weekDates(now);
  return facts.map((f) => {
    const all = evidenceKey(f.evidence);
    const current = remember(memos.current, `${f.id}|${domains}|${day}|${all}`, () => currentReadiness(f.evidence, exam, now, model));
    const seen = f.evidence.some((e) => e.at <= now);
    return {
      ...current,
      examPass: remember(memos.exam, `${f.id}|${examKey}|${all}`, () => examPass(f.evidence, exam, now, model)),
      weekly: dates.map((date) => {
        if (date === dates[dates.length - 1]) return seen ? current.overall : null;
        const end = date.getTime();
        return remember(memos.weeks, `${f.id}|${domains}|${end}|${evidenceKey(f.evidence, end)}`, () => readinessAt(f.evidence, exam.domains, date, model));
      }),
    };
  });
}
