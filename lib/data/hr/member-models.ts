import "server-only";
import { BoundedMap } from "@/lib/bounded-map";
import { currentReadiness, examPass, readinessAt, type AssignedExam, type MemberFacts, type MemberModel } from "@/lib/hr/cohort-report";
import type { CalibrationInForce } from "@/lib/data/readiness/calibration-in-force";
import { evidenceFingerprint } from "@/lib/readiness/evidence-fingerprint";
import { weekDates } from "@/lib/readiness/week-dates";

// Fitting the readiness model is what makes a cohort of thousands slow: about
// ten fits per member (now, the exam date, seven past week ends). Each process
// keeps every fit keyed by what it depends on, so the database is not written
// by a read:
// - now: the member's evidence and the day (within a day the age weighting is
//   the first view's; a 30-day half-life moves weights by at most 2.3% in a day);
// - the exam date: the evidence, and the day only once the date is past;
// - a past week end: the evidence up to it, so a new day refits none of them and
//   a new answer refits only the week ends after it (none, in the usual case).
// A refitted calibration changes every key, and so does an edit of the exam's
// questions where the caller knows of it (`bank`). Over those, each member's
// whole model is kept by the day and a fingerprint of their answers and reviews
// (load-member-facts.ts), which a cheap query gives: a view that finds every
// member's there reads no evidence at all.
// Each memo keeps its 200,000 most recently used fits.
type Memos = {
  current: BoundedMap<string, Pick<MemberModel, "cells" | "overall">>;
  exam: BoundedMap<string, number | null>;
  weeks: BoundedMap<string, number | null>;
  whole: BoundedMap<string, MemberModel>;
};
const MAX_ENTRIES = 200_000;
const memos: Memos = ((globalThis as { __kaizenMemberModelMemos?: Memos }).__kaizenMemberModelMemos ??= {
  current: new BoundedMap(MAX_ENTRIES),
  exam: new BoundedMap(MAX_ENTRIES),
  weeks: new BoundedMap(MAX_ENTRIES),
  whole: new BoundedMap(MAX_ENTRIES),
});

/** What every fit of a day depends on besides the member's evidence. */
function keys(exam: AssignedExam, now: Date, calibration?: CalibrationInForce, bank = "") {
  const fitted = calibration?.fittedAt.getTime() ?? 0;
  const day = now.toISOString().slice(0, 10);
  const domains = `${exam.code}|${exam.domains.map((d) => `${d.code}:${d.weight}`).join(",")}|${fitted}|${bank}`;
  const examAt = exam.examDate > now ? String(exam.examDate.getTime()) : day;
  const examKey = `${domains}|${exam.questions}|${exam.passingPercent}|${examAt}`;
  return { day, domains, examKey, whole: `${examKey}|${day}` };
}

type Fingerprinted = { id: string; answers: string; bank: string };

/** The whole-model key of each member; the rest of the key is built once per question bank, not per member of thousands. */
function wholeKeys(exam: AssignedExam, now: Date, calibration?: CalibrationInForce) {
  const byBank = new Map<string, string>();
  return (m: Fingerprinted) => {
    let rest = byBank.get(m.bank);
    if (rest === undefined) byBank.set(m.bank, (rest = keys(exam, now, calibration, m.bank).whole));
    return `${m.id}|${rest}|${m.answers}`;
  };
}

/** Each member's whole model of the day, where one was fitted on the same fingerprints; undefined where not. */
export function memoisedModels(members: Fingerprinted[], exam: AssignedExam, now: Date, calibration?: CalibrationInForce): (MemberModel | undefined)[] {
  const key = wholeKeys(exam, now, calibration);
  return members.map((m) => memos.whole.get(key(m)));
}

/** memberModels, remembering each whole model by the member's fingerprints for memoisedModels. */
export function fitMemberModels(facts: (MemberFacts & Fingerprinted)[], exam: AssignedExam, now: Date, calibration?: CalibrationInForce): MemberModel[] {
  const key = wholeKeys(exam, now, calibration);
  return facts.map((f) => memos.whole.getOrSet(key(f), () => memberModels([f], exam, now, calibration, f.bank)[0]!));
}

export function memberModels(facts: MemberFacts[], exam: AssignedExam, now: Date, calibration?: CalibrationInForce, bank?: string): MemberModel[] {
  const model = calibration?.calibration;
  const { day, domains, examKey } = keys(exam, now, calibration, bank);
  const dates = weekDates(now);
  return facts.map((f) => {
    const all = evidenceFingerprint(f.evidence);
    const current = memos.current.getOrSet(`${f.id}|${domains}|${day}|${all}`, () => currentReadiness(f.evidence, exam, now, model));
    const seen = f.evidence.some((e) => e.at <= now);
    return {
      ...current,
      examPass: memos.exam.getOrSet(`${f.id}|${examKey}|${all}`, () => examPass(f.evidence, exam, now, model)),
      weekly: dates.map((date) => {
        if (date === dates[dates.length - 1]) return seen ? current.overall : null;
        const end = date.getTime();
        return memos.weeks.getOrSet(`${f.id}|${domains}|${end}|${evidenceFingerprint(f.evidence, end)}`, () => readinessAt(f.evidence, exam.domains, date, model));
      }),
    };
  });
}
