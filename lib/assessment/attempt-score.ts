// An attempt's score from its stored items: the one computation behind
// finalising an attempt and reading one whose time ran out before a write
// finalised it, so both give the same grades.
import { timeUpAt } from "./exam-plan";
import { gradeResponse } from "./grade";
import { payloadOf, responseOf } from "./stored";
import type { Grade } from "./types";

export type StoredItem = { response: string | null; credit: number | null; correct: boolean | null; questionVersion: { payload: string } };

export type AttemptScore = { score: number; maxScore: number; percent: number; passed: boolean | null };

/** Practice items were graded as they were answered; exam items are graded from what was stored. */
export function gradeItem(item: StoredItem): Grade {
  return item.credit !== null && item.correct !== null
    ? { credit: item.credit, correct: item.correct }
    : gradeResponse(payloadOf(item.questionVersion.payload), responseOf(item.response));
}

export function scoreAttempt<T extends StoredItem>(items: readonly T[], passingPercent: number | null): AttemptScore & { items: (T & Grade)[] } {
  const graded = items.map((item) => ({ ...item, ...gradeItem(item) }));
  const score = graded.reduce((s, g) => s + g.credit, 0);
  const maxScore = graded.length;
  const percent = maxScore ? (100 * score) / maxScore : 0;
  return { items: graded, score, maxScore, percent, passed: passingPercent === null ? null : percent >= passingPercent };
}

type AttemptSummary = {
  status: string;
  deadlineAt: Date | null;
  breakStartedAt: Date | null;
  breakMinutes: number;
  passingPercent: number | null;
  percent: number | null;
  passed: boolean | null;
  submittedAt: Date | null;
};

/** An attempt as it reads at `now`: one whose time ran out reads as submitted at its deadline, graded from `items`. */
export function summaryAt<A extends AttemptSummary>(attempt: A, items: readonly StoredItem[], now: Date): A {
  const timeUp = timeUpAt(attempt, now);
  if (!timeUp) return attempt;
  const { percent, passed } = scoreAttempt(items, attempt.passingPercent);
  return { ...attempt, status: "submitted", percent, passed, submittedAt: timeUp };
}
