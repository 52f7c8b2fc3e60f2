import { describe, expect, it } from "vitest";
import { scoreAttempt, summaryAt, type StoredItem } from "./attempt-score";
import type { Payload } from "./types";

const trueFalse: Payload = { type: "true-false", answer: true, falseExplanation: "" };
const item = (response: boolean | null, graded?: { credit: number; correct: boolean }): StoredItem => ({
  response: response === null ? null : JSON.stringify({ type: "true-false", value: response }),
  credit: graded?.credit ?? null,
  correct: graded?.correct ?? null,
  questionVersion: { payload: JSON.stringify(trueFalse) },
});

describe("scoreAttempt", () => {
  it("grades stored responses, keeps grades given at answer time, and counts unanswered items as wrong", () => {
    const scored = scoreAttempt([item(true), item(false), item(null), item(false, { credit: 0.5, correct: false })], 70);
    expect(scored.items.map((i) => i.credit)).toEqual([1, 0, 0, 0.5]);
    expect(scored).toMatchObject({ score: 1.5, maxScore: 4, percent: 37.5, passed: false });
  });

  it("has no pass or fail without a passing mark, and scores an empty attempt as 0%", () => {
    expect(scoreAttempt([item(true)], null)).toMatchObject({ percent: 100, passed: null });
    expect(scoreAttempt([], 70)).toMatchObject({ score: 0, maxScore: 0, percent: 0, passed: false });
  });
});

describe("summaryAt", () => {
  const deadlineAt = new Date("2026-11-29T12:00:00Z");
  const open = { status: "in_progress", deadlineAt, breakStartedAt: null, breakMinutes: 0, passingPercent: 50, percent: null, passed: null, submittedAt: null };

  it("reads an attempt whose time ran out as submitted at its deadline, graded as finalising would", () => {
    const items = [item(true), item(null)];
    const late = summaryAt(open, items, new Date("2026-11-30T08:00:00Z"));
    expect(late).toMatchObject({ status: "submitted", submittedAt: deadlineAt, percent: 50, passed: true });
    expect(late.percent).toBe(scoreAttempt(items, 50).percent);
  });

  it("leaves an attempt with time left, or a finished one, as it is", () => {
    expect(summaryAt(open, [item(true)], new Date("2026-11-29T11:00:00Z"))).toBe(open);
    const done = { ...open, status: "submitted", percent: 20, passed: false, submittedAt: deadlineAt };
    expect(summaryAt(done, [item(true)], new Date("2026-12-01T00:00:00Z"))).toBe(done);
  });
});
