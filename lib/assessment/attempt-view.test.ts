import { describe, expect, it } from "vitest";
import { attemptTitle, buildAttemptView, domainResults, type AttemptRow } from "./attempt-view";

const key = JSON.stringify({ type: "true-false", answer: true, falseExplanation: "It is true." });
const start = new Date("2026-11-29T10:00:00Z");
const deadlineAt = new Date("2026-11-29T10:30:00Z");
const at = (min: number) => new Date(start.getTime() + min * 60_000);

function row(overrides: Partial<AttemptRow> = {}): AttemptRow {
  const item = (position: number, section: number, answer: boolean | null) => ({
    position,
    section,
    domain: position % 2 ? "self-awareness" : "social-awareness",
    flagged: false,
    answeredAt: answer === null ? null : at(1),
    timeSpentMs: 1000,
    response: answer === null ? null : JSON.stringify({ type: "true-false", value: answer }),
    credit: null,
    correct: null,
    questionVersion: { type: "true-false", stem: `Statement ${position}`, explanation: `Why ${position}`, payload: key },
  });
  return {
    id: "a1",
    mode: "full",
    status: "in_progress",
    domain: null,
    startedAt: start,
    deadlineAt,
    breakStartedAt: null,
    breakMinutes: 5,
    section: 0,
    sectionBreaks: "[2]",
    submittedAt: null,
    expired: false,
    score: null,
    maxScore: null,
    percent: null,
    passed: null,
    passingPercent: 50,
    target: { code: "EI", name: "Emotional Intelligence" },
    module: null,
    items: [item(1, 0, true), item(2, 0, false), item(3, 1, null), item(4, 1, null)],
    ...overrides,
  };
}

const KEY = /"(correct|credit|explanation|falseExplanation|answer|solution|feedback)"/;

describe("buildAttemptView", () => {
  it("shows only the open section's questions while time remains, and nothing of the key", () => {
    const view = buildAttemptView(row(), new Map(), at(5));
    expect(view).toMatchObject({ status: "in_progress", result: null, deadlineAt, sectionBreaks: [2], title: "EI Full-length simulation" });
    expect(view.items.map((i) => i.position)).toEqual([1, 2]);
    expect(view.outline).toHaveLength(4);
    expect(JSON.stringify(view)).not.toMatch(KEY);
  });

  it("shows no question during a break", () => {
    expect(buildAttemptView(row({ breakStartedAt: at(6), section: 1 }), new Map(), at(7)).items).toEqual([]);
  });

  it("reads an attempt out of time as finished at its deadline, graded from what was stored, with the key", () => {
    const view = buildAttemptView(row(), new Map([["self-awareness", "Self-awareness"]]), at(90));
    expect(view.status).toBe("submitted");
    expect(view.result).toMatchObject({ score: 1, maxScore: 4, percent: 25, passed: false, expired: true, submittedAt: deadlineAt, totalTimeMs: 4000 });
    expect(view.result!.byDomain).toEqual([
      { code: "self-awareness", name: "Self-awareness", score: 1, total: 2, percent: 50 },
      { code: "social-awareness", name: "social awareness", score: 0, total: 2, percent: 0 },
    ]);
    expect(view.items.map((i) => i.feedback?.correct)).toEqual([true, false, false, false]);
    expect(view.deadlineAt).toEqual(deadlineAt);
  });

  it("reads the same as the stored result once finalised", () => {
    const late = buildAttemptView(row(), new Map(), at(90));
    const graded = row({ status: "submitted", submittedAt: deadlineAt, expired: true, score: 1, maxScore: 4, percent: 25, passed: false });
    graded.items = graded.items.map((i, n) => ({ ...i, credit: n === 0 ? 1 : 0, correct: n === 0 }));
    expect(buildAttemptView(graded, new Map(), at(600))).toEqual({ ...late, serverNow: at(600) });
  });

  it("marks a failed final assessment right or wrong without its key", () => {
    const failed = row({ mode: "final", status: "submitted", submittedAt: at(9), deadlineAt: null, score: 1, maxScore: 4, percent: 25, passed: false, module: { title: "Waste", course: { slug: "lean", title: "Lean" } } });
    failed.items = failed.items.map((i, n) => ({ ...i, credit: n === 0 ? 1 : 0, correct: n === 0 }));
    const view = buildAttemptView(failed, new Map(), at(10));
    expect(view.title).toBe("Final assessment: Waste");
    expect(view.items.map((i) => i.verdict?.correct)).toEqual([true, false, false, false]);
    expect(JSON.stringify(view.items.map(({ verdict: _v, ...rest }) => rest))).not.toMatch(KEY);
  });
});

describe("attemptTitle and domainResults", () => {
  it("name a drill by its domain and count credit per domain", () => {
    expect(attemptTitle({ mode: "drill", domain: "value-and-waste", target: { code: "LEAN" }, module: null })).toBe("LEAN Domain drill: value and waste");
    expect(domainResults([{ domain: "a", credit: 0.5 }, { domain: "a", credit: null }], new Map())).toEqual([{ code: "a", name: "a", score: 0.5, total: 2, percent: 25 }]);
  });
});
