// How an exam of each mode is sized and timed from the blueprint in force.

export type ExamMode = "short" | "drill" | "full";
export const SHORT_EXAM_QUESTIONS = 20;
export const DRILL_QUESTIONS = 10;
export const QUIZ_PASSING_PERCENT = 70;
export const QUIZ_MAX_QUESTIONS = 10;
/** More time than this on one question between two saves is counted as this. */
export const MAX_TIME_PER_SAVE_MS = 30 * 60_000;
/**
 * A course's last module ends in a final assessment that gates its
 * certificate: drawn from every module's questions, least-seen first; no key
 * until it is passed; a failed one waits this long before a retake.
 */
export const FINAL_QUESTIONS = 10;
export const FINAL_COOLDOWN_HOURS = 24;

export function finalRetakeFrom(submittedAt: Date): Date {
  return new Date(submittedAt.getTime() + FINAL_COOLDOWN_HOURS * 3_600_000);
}

/** When a failed final assessment may be retaken; null when it may be now (or was passed, or never taken). */
export function retakeBlockedUntil(last: { passed: boolean | null; submittedAt: Date | null } | null, now: Date): Date | null {
  if (!last?.submittedAt || last.passed) return null;
  const from = finalRetakeFrom(last.submittedAt);
  return from > now ? from : null;
}

/** The time a client reports for one save, made whole and kept within bounds. */
export function timeSpentOf(ms: number | undefined): number {
  return Math.max(0, Math.min(MAX_TIME_PER_SAVE_MS, Math.round(ms ?? 0)));
}

export const MODE_TITLES: Record<string, string> = { short: "Short mixed exam", drill: "Domain drill", full: "Full-length simulation", quiz: "Module quiz", final: "Final assessment" };

export type BlueprintFormat = { questionCount: number; minutes: number; sectionBreaks: number[] };

export type ExamPlan = { questions: number; minutes: number; sectionBreaks: number[] };

/**
 * Short and drill exams keep the real exam's pace (minutes per question). A
 * full simulation uses the real format; when the bank holds fewer questions,
 * it is scaled down at the same pace and with breaks at the same fractions.
 */
export function planExam(mode: ExamMode, format: BlueprintFormat, available: number): ExamPlan {
  const pace = format.minutes / format.questionCount;
  const wanted = mode === "full" ? format.questionCount : mode === "short" ? SHORT_EXAM_QUESTIONS : DRILL_QUESTIONS;
  const questions = Math.min(wanted, available);
  const minutes = questions === format.questionCount ? format.minutes : Math.max(1, Math.ceil(questions * pace));
  const sectionBreaks =
    mode === "full"
      ? [...new Set(format.sectionBreaks.map((b) => Math.round((b * questions) / format.questionCount)))].filter((b) => b > 0 && b < questions)
      : [];
  return { questions, minutes, sectionBreaks };
}

/** Section index (0-based) of a 1-based question number. */
export function sectionOf(position: number, sectionBreaks: number[]): number {
  return sectionBreaks.filter((b) => position > b).length;
}

/** The deadline, extended by break time used so far (up to the allowance). */
export function effectiveDeadline(
  attempt: { deadlineAt: Date | null; breakStartedAt: Date | null; breakMinutes: number },
  now: Date,
): Date | null {
  if (!attempt.deadlineAt) return null;
  if (!attempt.breakStartedAt) return attempt.deadlineAt;
  const used = Math.min(now.getTime() - attempt.breakStartedAt.getTime(), attempt.breakMinutes * 60_000);
  return new Date(attempt.deadlineAt.getTime() + Math.max(0, used));
}

/**
 * When an attempt still open in the database ran out of time, or null while it
 * has time left (or has no clock). Such an attempt reads as finished at this
 * moment, before a write gets round to finalising it.
 */
export function timeUpAt(
  attempt: { status: string; deadlineAt: Date | null; breakStartedAt: Date | null; breakMinutes: number },
  now: Date,
): Date | null {
  if (attempt.status !== "in_progress") return null;
  const deadline = effectiveDeadline(attempt, now);
  return deadline && deadline < now ? deadline : null;
}
