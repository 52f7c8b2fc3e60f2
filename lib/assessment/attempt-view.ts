// What the browser gets of an attempt: the questions it may see now, and the
// key only where it may be shown. An attempt whose time ran out reads as
// finished, graded as finalising it will grade it.
import { scoreAttempt, type StoredItem } from "./attempt-score";
import { effectiveDeadline, MODE_TITLES, timeUpAt } from "./exam-plan";
import { presentQuestion, type PresentedQuestion } from "./present";
import { solutionOf } from "./solution";
import { payloadOf, responseOf, sectionBreaksOf } from "./stored";
import type { QuestionType, Response } from "./types";
import type { Feedback } from "./views";

export type ItemView = {
  position: number;
  section: number;
  domain: string;
  question: PresentedQuestion;
  response: Response | null;
  flagged: boolean;
  answered: boolean;
  timeSpentMs: number;
  /** Present once the key may be shown: answered practice items, submitted attempts (a final assessment only once passed). */
  feedback?: Feedback;
  /** Right or wrong without the key: a failed final assessment's items. */
  verdict?: { credit: number; correct: boolean };
};

export type OutlineItem = { position: number; section: number; answered: boolean; flagged: boolean };

export type DomainResult = { code: string; name: string; score: number; total: number; percent: number };

export type AttemptResult = {
  score: number;
  maxScore: number;
  percent: number;
  passed: boolean | null;
  passingPercent: number | null;
  expired: boolean;
  submittedAt: Date;
  byDomain: DomainResult[];
  totalTimeMs: number;
};

export type AttemptView = {
  id: string;
  mode: string;
  status: "in_progress" | "submitted";
  title: string;
  target: { code: string; name: string } | null;
  module: { title: string; courseSlug: string; courseTitle: string } | null;
  startedAt: Date;
  deadlineAt: Date | null;
  onBreakUntil: Date | null;
  serverNow: Date;
  section: number;
  sectionBreaks: number[];
  /** Every item, for the navigator: where it is and how far the learner got, nothing of the question. */
  outline: OutlineItem[];
  /** The items whose questions may be shown now: all once submitted, else the open section's. */
  items: ItemView[];
  result: AttemptResult | null;
};

/** The stored attempt the view is built from (see lib/data/attempts/get-attempt.ts). */
export type AttemptRow = {
  id: string;
  mode: string;
  status: string;
  domain: string | null;
  startedAt: Date;
  deadlineAt: Date | null;
  breakStartedAt: Date | null;
  breakMinutes: number;
  section: number;
  sectionBreaks: string;
  submittedAt: Date | null;
  expired: boolean;
  score: number | null;
  maxScore: number | null;
  percent: number | null;
  passed: boolean | null;
  passingPercent: number | null;
  target: { code: string; name: string } | null;
  module: { title: string; course: { slug: string; title: string } } | null;
  items: (StoredItem & {
    position: number;
    section: number;
    domain: string;
    flagged: boolean;
    answeredAt: Date | null;
    timeSpentMs: number;
    questionVersion: { type: string; stem: string; explanation: string; payload: string };
  })[];
};

/** Finished: submitted, or out of time and so as good as submitted. */
export const readsAsFinished = (attempt: Parameters<typeof timeUpAt>[0], now: Date): boolean =>
  attempt.status === "submitted" || timeUpAt(attempt, now) !== null;

export function attemptTitle(attempt: { mode: string; domain: string | null; target: { code: string } | null; module: { title: string } | null }): string {
  if (attempt.module) return `${attempt.mode === "final" ? "Final assessment" : "Quiz"}: ${attempt.module.title}`;
  return `${attempt.target?.code ?? ""} ${MODE_TITLES[attempt.mode] ?? "Exam"}${attempt.domain ? `: ${attempt.domain.replace(/-/g, " ")}` : ""}`;
}

/** Score per exam domain, named by the blueprint where it knows the domain. */
export function domainResults(items: readonly { domain: string; credit: number | null }[], names: ReadonlyMap<string, string>): DomainResult[] {
  const byDomain = new Map<string, DomainResult>();
  for (const item of items) {
    const d = byDomain.get(item.domain) ?? { code: item.domain, name: names.get(item.domain) ?? item.domain.replace(/-/g, " "), score: 0, total: 0, percent: 0 };
    d.score += item.credit ?? 0;
    d.total += 1;
    byDomain.set(item.domain, d);
  }
  return [...byDomain.values()].map((d) => ({ ...d, percent: d.total ? (100 * d.score) / d.total : 0 }));
}

/** The view of an attempt at `now`; `domainNames` come from the blueprint it was taken under. */
export function buildAttemptView(attempt: AttemptRow, domainNames: ReadonlyMap<string, string>, now: Date): AttemptView {
  const timeUp = timeUpAt(attempt, now);
  // Out of time but not yet finalised: read as the finalising write will store it.
  const late = timeUp ? scoreAttempt(attempt.items, attempt.passingPercent) : null;
  const stored = late ? late.items : attempt.items;
  const passed = late ? late.passed : attempt.passed;
  const submitted = attempt.status === "submitted" || late !== null;
  const onBreak = !submitted && attempt.breakStartedAt !== null;
  // A later section cannot be read before it opens, nor anything during a break.
  const readable = stored.filter((item) => submitted || (!onBreak && item.section === attempt.section));
  const items: ItemView[] = readable.map((item) => {
    const payload = payloadOf(item.questionVersion.payload);
    const showKey = submitted ? attempt.mode !== "final" || passed === true : attempt.mode === "quiz" && item.answeredAt !== null;
    return {
      position: item.position,
      section: item.section,
      domain: item.domain,
      question: presentQuestion(item.questionVersion.type as QuestionType, item.questionVersion.stem, payload, `${attempt.id}:${item.position}`),
      response: responseOf(item.response),
      flagged: item.flagged,
      answered: item.answeredAt !== null,
      timeSpentMs: item.timeSpentMs,
      feedback: showKey
        ? { credit: item.credit ?? 0, correct: item.correct ?? false, explanation: item.questionVersion.explanation, solution: solutionOf(payload) }
        : undefined,
      verdict: submitted && !showKey ? { credit: item.credit ?? 0, correct: item.correct ?? false } : undefined,
    };
  });

  const result: AttemptResult | null = submitted
    ? {
        score: late?.score ?? attempt.score ?? 0,
        maxScore: late?.maxScore ?? attempt.maxScore ?? 0,
        percent: late?.percent ?? attempt.percent ?? 0,
        passed,
        passingPercent: attempt.passingPercent,
        expired: late !== null || attempt.expired,
        submittedAt: timeUp ?? attempt.submittedAt!,
        byDomain: domainResults(stored, domainNames),
        totalTimeMs: attempt.items.reduce((s, i) => s + i.timeSpentMs, 0),
      }
    : null;

  return {
    id: attempt.id,
    mode: attempt.mode,
    status: submitted ? "submitted" : "in_progress",
    title: attemptTitle(attempt),
    target: attempt.target,
    module: attempt.module && { title: attempt.module.title, courseSlug: attempt.module.course.slug, courseTitle: attempt.module.course.title },
    startedAt: attempt.startedAt,
    deadlineAt: submitted ? attempt.deadlineAt : effectiveDeadline(attempt, now),
    onBreakUntil: !submitted && attempt.breakStartedAt ? new Date(attempt.breakStartedAt.getTime() + attempt.breakMinutes * 60_000) : null,
    serverNow: now,
    section: attempt.section,
    sectionBreaks: sectionBreaksOf(attempt.sectionBreaks),
    outline: attempt.items.map((item) => ({ position: item.position, section: item.section, answered: item.answeredAt !== null, flagged: item.flagged })),
    items,
    result,
  };
}
