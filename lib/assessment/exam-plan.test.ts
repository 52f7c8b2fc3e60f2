import { describe, expect, it } from "vitest";
import { effectiveDeadline, MAX_TIME_PER_SAVE_MS, planExam, retakeBlockedUntil, sectionOf, timeSpentOf, timeUpAt } from "./exam-plan";

const pmp = { questionCount: 180, minutes: 230, sectionBreaks: [60, 120] };
const capm = { questionCount: 150, minutes: 180, sectionBreaks: [75] };

describe("planExam", () => {
  it("uses the real format for a full simulation when the bank is big enough", () => {
    expect(planExam("full", pmp, 400)).toEqual({ questions: 180, minutes: 230, sectionBreaks: [60, 120] });
    expect(planExam("full", capm, 150)).toEqual({ questions: 150, minutes: 180, sectionBreaks: [75] });
  });

  it("scales a full simulation to the bank at the same pace", () => {
    expect(planExam("full", pmp, 90)).toEqual({ questions: 90, minutes: 115, sectionBreaks: [30, 60] });
  });

  it("keeps the real pace for short exams and drills, without breaks", () => {
    expect(planExam("short", pmp, 400)).toEqual({ questions: 20, minutes: 26, sectionBreaks: [] });
    expect(planExam("drill", capm, 12)).toEqual({ questions: 10, minutes: 12, sectionBreaks: [] });
  });
});

describe("sectionOf", () => {
  it("places questions in sections by the breaks after them", () => {
    expect([1, 60, 61, 120, 121, 180].map((p) => sectionOf(p, [60, 120]))).toEqual([0, 0, 1, 1, 2, 2]);
  });
});

describe("effectiveDeadline", () => {
  const deadlineAt = new Date("2026-11-29T12:00:00Z");
  it("adds break time used, up to the allowance", () => {
    const breakStartedAt = new Date("2026-11-29T11:00:00Z");
    expect(effectiveDeadline({ deadlineAt, breakStartedAt, breakMinutes: 10 }, new Date("2026-11-29T11:04:00Z"))).toEqual(new Date("2026-11-29T12:04:00Z"));
    expect(effectiveDeadline({ deadlineAt, breakStartedAt, breakMinutes: 10 }, new Date("2026-11-29T11:30:00Z"))).toEqual(new Date("2026-11-29T12:10:00Z"));
    expect(effectiveDeadline({ deadlineAt, breakStartedAt: null, breakMinutes: 10 }, new Date())).toEqual(deadlineAt);
  });
});

describe("timeUpAt", () => {
  const deadlineAt = new Date("2026-11-29T12:00:00Z");
  const open = { status: "in_progress", deadlineAt, breakStartedAt: null, breakMinutes: 10 };
  it("is the deadline once it has passed, for an attempt still open", () => {
    expect(timeUpAt(open, new Date("2026-11-29T11:59:59Z"))).toBeNull();
    expect(timeUpAt(open, new Date("2026-11-29T12:00:01Z"))).toEqual(deadlineAt);
    expect(timeUpAt({ ...open, status: "submitted" }, new Date("2026-11-29T13:00:00Z"))).toBeNull();
    expect(timeUpAt({ ...open, deadlineAt: null }, new Date("2027-01-01T00:00:00Z"))).toBeNull();
  });

  it("counts a break left running up to its allowance, the same however late it is read", () => {
    const onBreak = { ...open, breakStartedAt: new Date("2026-11-29T11:00:00Z") };
    expect(timeUpAt(onBreak, new Date("2026-11-29T12:05:00Z"))).toBeNull();
    expect(timeUpAt(onBreak, new Date("2026-11-29T12:11:00Z"))).toEqual(new Date("2026-11-29T12:10:00Z"));
    expect(timeUpAt(onBreak, new Date("2026-12-05T00:00:00Z"))).toEqual(new Date("2026-11-29T12:10:00Z"));
  });
});

describe("retakeBlockedUntil", () => {
  const submittedAt = new Date("2026-12-01T09:00:00Z");
  it("waits a day after a failed final assessment, not after a pass", () => {
    expect(retakeBlockedUntil({ passed: false, submittedAt }, new Date("2026-12-01T20:00:00Z"))).toEqual(new Date("2026-12-02T09:00:00Z"));
    expect(retakeBlockedUntil({ passed: false, submittedAt }, new Date("2026-12-02T09:00:01Z"))).toBeNull();
    expect(retakeBlockedUntil({ passed: true, submittedAt }, submittedAt)).toBeNull();
    expect(retakeBlockedUntil(null, submittedAt)).toBeNull();
  });
});

describe("timeSpentOf", () => {
  it("keeps reported time whole and within bounds", () => {
    expect([timeSpentOf(undefined), timeSpentOf(-5), timeSpentOf(1234.6), timeSpentOf(10 * 3_600_000)]).toEqual([0, 0, 1235, MAX_TIME_PER_SAVE_MS]);
  });
});
