// A course page's quiz line per module: how long the quiz is, whether one is
// open, the learner's best and last result, and when a failed final may be retaken.
import { FINAL_QUESTIONS, QUIZ_MAX_QUESTIONS, retakeBlockedUntil } from "./exam-plan";

export type ModuleQuizStatus = {
  moduleId: string;
  /** The course's last module: its quiz is the final assessment that gates the certificate. */
  final: boolean;
  questionCount: number;
  openAttemptId: string | null;
  best: number | null;
  last: { percent: number; passed: boolean | null; attemptId: string } | null;
  /** After a failed final assessment: when a retake opens. */
  retakeFrom: Date | null;
};

type QuizAttempt = { id: string; moduleId: string | null; mode: string; status: string; percent: number | null; passed: boolean | null; submittedAt: Date | null };

/**
 * `modules` in course order with their live question counts; `attempts` newest
 * first; `coursePool` is every live question of the course, which the final draws from.
 */
export function moduleQuizStatuses(modules: readonly { id: string; questions: number }[], attempts: readonly QuizAttempt[], coursePool: number, now: Date): ModuleQuizStatus[] {
  const finalId = modules.at(-1)?.id;
  return modules.map((m) => {
    const final = m.id === finalId;
    const mine = attempts.filter((a) => a.moduleId === m.id && a.mode === (final ? "final" : "quiz"));
    const done = mine.filter((a) => a.status === "submitted");
    return {
      moduleId: m.id,
      final,
      questionCount: final ? Math.min(coursePool, FINAL_QUESTIONS) : Math.min(m.questions, QUIZ_MAX_QUESTIONS),
      openAttemptId: mine.find((a) => a.status === "in_progress")?.id ?? null,
      best: done.length ? Math.max(...done.map((a) => a.percent ?? 0)) : null,
      last: done[0] ? { percent: done[0].percent ?? 0, passed: done[0].passed, attemptId: done[0].id } : null,
      retakeFrom: final ? retakeBlockedUntil(done[0] ?? null, now) : null,
    };
  });
}
