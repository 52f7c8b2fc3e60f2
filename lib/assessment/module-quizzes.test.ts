import { describe, expect, it } from "vitest";
import { moduleQuizStatuses } from "./module-quizzes";

const now = new Date("2026-12-01T12:00:00Z");
const attempt = (id: string, moduleId: string, mode: string, status: string, percent: number | null, submittedAt: Date | null = null) => ({
  id,
  moduleId,
  mode,
  status,
  percent,
  passed: percent === null ? null : percent >= 70,
  submittedAt,
});

describe("moduleQuizStatuses", () => {
  it("sizes quizzes by the module, the final by the course, and reports best, last and open attempts", () => {
    const statuses = moduleQuizStatuses(
      [
        { id: "m1", questions: 14 },
        { id: "m2", questions: 6 },
        { id: "m3", questions: 5 },
      ],
      [attempt("q3", "m1", "quiz", "in_progress", null), attempt("q2", "m1", "quiz", "submitted", 40, now), attempt("q1", "m1", "quiz", "submitted", 90, now), attempt("f1", "m3", "quiz", "submitted", 100, now)],
      25,
      now,
    );
    expect(statuses.map((s) => [s.moduleId, s.final, s.questionCount])).toEqual([
      ["m1", false, 10],
      ["m2", false, 6],
      ["m3", true, 10],
    ]);
    expect(statuses[0]).toMatchObject({ openAttemptId: "q3", best: 90, last: { attemptId: "q2", percent: 40, passed: false } });
    // A practice quiz row on the last module is not its final assessment.
    expect(statuses[2]).toMatchObject({ last: null, best: null, retakeFrom: null });
  });

  it("holds a retake of a failed final assessment for a day", () => {
    const failedAt = new Date("2026-12-01T09:00:00Z");
    const [, final] = moduleQuizStatuses([{ id: "m1", questions: 5 }, { id: "m2", questions: 5 }], [attempt("f1", "m2", "final", "submitted", 30, failedAt)], 10, now);
    expect(final!.retakeFrom).toEqual(new Date("2026-12-02T09:00:00Z"));
  });
});
