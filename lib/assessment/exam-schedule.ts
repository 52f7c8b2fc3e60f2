// Spaced review that knows the exam date: a card that FSRS would leave until
// after the exam, and that would by then have faded below the learner's
// desired retention, is brought forward to a day before the exam from which a
// recalled review still carries it to exam day at that retention; those days
// are chosen to level the daily load. Cards without an exam keep plain FSRS.
import { Rating } from "ts-fsrs";
import { retrievabilityAt, reviewCard, type CardState } from "./schedule";

const DAY = 86_400_000;

export const DEFAULT_DESIRED_RETENTION = 0.9;
export const MIN_DESIRED_RETENTION = 0.7;
export const MAX_DESIRED_RETENTION = 0.97;

export type ExamCard = { id: string; card: CardState };

export type ExamPlan = {
  /** The new due date of every card brought forward. */
  due: Map<string, Date>;
  /** Reviews due per day, today first and the eve of the exam last, with the plan applied. */
  load: number[];
  /** Cards brought forward that cannot reach the desired retention even reviewed on the eve of the exam. */
  short: string[];
};

function startOfDay(d: Date): number {
  const s = new Date(d);
  s.setUTCHours(0, 0, 0, 0);
  return s.getTime();
}

/** Days left to review before the exam: today counts, exam day does not; 0 once the exam is today or past. */
export function reviewDaysLeft(now: Date, examDate: Date): number {
  return Math.max(0, Math.round((startOfDay(examDate) - startOfDay(now)) / DAY));
}

/** When a review planned on day `day` (0 = today) falls due: now for today, else that day's start (UTC). */
function dueOn(day: number, now: Date): Date {
  return day === 0 ? now : new Date(startOfDay(now) + day * DAY);
}

/** Retrievability on exam day if the card is reviewed and recalled at `at`. */
export function retentionAfterReview(card: CardState, at: Date, examDate: Date): number {
  return retrievabilityAt(reviewCard(card, Rating.Good, at), examDate);
}

/**
 * The days on which a review of the card carries it to exam day at the desired
 * retention, as [first, last]; never the day of its last review, which the
 * learner has just done. Null when no such day is left; `reached` is false when
 * even the eve of the exam falls short, and the window is then the eve alone.
 */
export function reviewWindow(card: CardState, now: Date, examDate: Date, days: number, retention: number): { first: number; last: number; reached: boolean } | null {
  const last = days - 1;
  const notBefore = card.lastReview ? Math.max(0, Math.round((startOfDay(card.lastReview) - startOfDay(now)) / DAY) + 1) : 0;
  if (notBefore > last) return null;
  // Later reviews leave less time to forget, so the days that reach the retention run up to the eve.
  if (retentionAfterReview(card, dueOn(last, now), examDate) < retention) return { first: last, last, reached: false };
  let first = last;
  while (first > notBefore && retentionAfterReview(card, dueOn(first - 1, now), examDate) >= retention) first--;
  return { first, last, reached: true };
}

/** Whether FSRS leaves the card until exam day or later while it would fade below the retention by then. */
export function needsExamReview(card: CardState, examDate: Date, retention: number): boolean {
  return card.due.getTime() >= startOfDay(examDate) && retrievabilityAt(card, examDate) < retention;
}

/**
 * Plans the exam-bound cards of one learner. `others` are the due dates of the
 * learner's other cards, which count towards each day's load but do not move.
 * The most constrained cards are placed first, each on the least loaded day of
 * its window (the later on a tie, which reaches a higher retention); windows all
 * end on the eve of the exam, so this keeps the busiest day as low as it can be.
 */
export function planExamReviews(input: { cards: ExamCard[]; others?: Date[]; now: Date; examDate: Date; retention: number }): ExamPlan {
  const { cards, others = [], now, examDate, retention } = input;
  const days = reviewDaysLeft(now, examDate);
  const load = Array.from({ length: days }, () => 0);
  const plan: ExamPlan = { due: new Map(), load, short: [] };
  if (days === 0) return plan;
  const count = (due: Date) => {
    const day = Math.max(0, Math.round((startOfDay(due) - startOfDay(now)) / DAY));
    if (day < days) load[day]! += 1;
  };
  others.forEach(count);
  const moving: { id: string; first: number; last: number }[] = [];
  for (const { id, card } of cards) {
    const window = needsExamReview(card, examDate, retention) ? reviewWindow(card, now, examDate, days, retention) : null;
    if (!window) {
      count(card.due);
      continue;
    }
    if (!window.reached) plan.short.push(id);
    moving.push({ id, first: window.first, last: window.last });
  }
  moving.sort((a, b) => b.first - a.first || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const { id, first, last } of moving) {
    let best = last;
    for (let day = last - 1; day >= first; day--) if (load[day]! < load[best]!) best = day;
    load[best]! += 1;
    plan.due.set(id, dueOn(best, now));
  }
  return plan;
}

/**
 * Expected retrievability of the card on exam day if the learner stops
 * reviewing now, and if they keep up with the plan and recall each review
 * (a lapse would bring the card back for another review before the exam).
 */
export function examDayRetention(card: CardState, now: Date, examDate: Date, retention: number): { ifStopped: number; planned: number } {
  const ifStopped = retrievabilityAt(card, examDate);
  const days = reviewDaysLeft(now, examDate);
  let c = card;
  // Each review moves the card on; FSRS's intervals grow, so a handful of steps reaches the exam.
  for (let step = 0; step < 32; step++) {
    if (c.due.getTime() < startOfDay(examDate)) {
      c = reviewCard(c, Rating.Good, c.due < now ? now : c.due);
      continue;
    }
    if (!needsExamReview(c, examDate, retention)) break;
    const window = reviewWindow(c, now, examDate, days, retention);
    if (!window) break;
    // The plan puts the review somewhere in the window; its first day is the cautious guess.
    c = reviewCard(c, Rating.Good, dueOn(window.first, now));
  }
  return { ifStopped, planned: retrievabilityAt(c, examDate) };
}
