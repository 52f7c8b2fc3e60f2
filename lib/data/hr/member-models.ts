import "server-only";
import { memberModel, type AssignedExam, type MemberFacts, type MemberModel } from "@/lib/hr/cohort-report";
import type { CalibrationInForce } from "@/lib/data/readiness/calibration-in-force";

// Fitting the readiness model is what makes a cohort of thousands slow: about
// ten fits per member (today, the exam date, eight weeks of trend). A member's
// model changes only when their evidence does or a day passes, so each process
// keeps it keyed by both; the database is not written by a read. A new answer
// changes the key at once; within a day the age weighting is the first view's
// (a 30-day half-life moves weights by at most 2.3% in a day). A refitted
// calibration changes the key too.
const memo: Map<string, MemberModel> = ((globalThis as { __kaizenMemberModels?: Map<string, MemberModel> }).__kaizenMemberModels ??= new Map());
const MAX_ENTRIES = 200_000;

function keyOf(f: MemberFacts, exam: AssignedExam, now: Date, calibration: CalibrationInForce | undefined): string {
  let answers = 0;
  let credit = 0;
  let latest = 0;
  for (const e of f.evidence) {
    const n = e.count ?? 1;
    answers += n;
    credit += e.credit * n;
    latest = Math.max(latest, e.at.getTime());
  }
  const fitted = calibration?.fittedAt.getTime() ?? 0;
  return [f.id, exam.code, exam.examDate.getTime(), exam.questions, exam.passingPercent, now.toISOString().slice(0, 10), answers, credit.toFixed(3), latest, fitted].join("|");
}

export function memberModels(facts: MemberFacts[], exam: AssignedExam, now: Date, calibration?: CalibrationInForce): MemberModel[] {
  return facts.map((f) => {
    const key = keyOf(f, exam, now, calibration);
    let model = memo.get(key);
    if (!model) {
      model = memberModel(f.evidence, exam, now, calibration?.calibration);
      if (memo.size >= MAX_ENTRIES) memo.clear();
      memo.set(key, model);
    }
    return model;
  });
}
