import { beforeEach, describe, expect, it, vi } from "vitest";
import * as report from "@/lib/hr/cohort-report";
import type { AssignedExam, MemberFacts } from "@/lib/hr/cohort-report";
import type { Evidence } from "@/lib/readiness/model";
import { weekDates, WEEKS } from "@/lib/readiness/week-dates";
import { memberModels } from "./member-models";

vi.mock("@/lib/hr/cohort-report", async (original) => {
  const actual = await original<typeof import("@/lib/hr/cohort-report")>();
  return { ...actual, readinessAt: vi.fn(actual.readinessAt), currentReadiness: vi.fn(actual.currentReadiness) };
});

const DAY = 86_400_000;
const exam: AssignedExam = {
  code: "PMP",
  name: "PMP",
  examDate: new Date("2027-02-01T00:00:00Z"),
  domains: [
    { code: "people", weight: 42 },
    { code: "process", weight: 50 },
    { code: "business-environment", weight: 8 },
  ],
  questions: 180,
  passingPercent: 61,
};
// A Wednesday and the Thursday after it: the same seven past week ends.
const wednesday = new Date("2026-11-25T12:00:00Z");
const thursday = new Date("2026-11-26T09:00:00Z");

/** Ten answers a day in each domain every third day over nine weeks before `until`. */
function history(until: Date): Evidence[] {
  const out: Evidence[] = [];
  for (let d = 63; d >= 1; d -= 3) {
    for (const [i, domain] of ["people", "process", "business-environment"].entries()) {
      out.push({ domain, difficulty: 3, credit: 0.4 + ((d + i) % 5) / 10, count: 10, at: new Date(until.getTime() - d * DAY) });
    }
  }
  return out;
}
const member = (id: string, evidence: Evidence[]): MemberFacts => ({ id, name: id, evidence, hours: 0, lastStudyAt: null, completed: new Map() });
const weekFits = vi.mocked(report.readinessAt);

describe("member models across days", () => {
  let id: string;
  beforeEach(() => {
    id = `member-${Math.random().toString(36).slice(2)}`;
    weekFits.mockClear();
  });

  it("fits the past week ends once and reuses them the next day, refitting only now", async () => {
    const facts = [member(id, history(wednesday))];
    const [first] = memberModels(facts, exam, wednesday);
    expect(weekFits).toHaveBeenCalledTimes(WEEKS - 1);
    weekFits.mockClear();
    const current = vi.mocked(report.currentReadiness);
    current.mockClear();
    const [next] = memberModels(facts, exam, thursday);
    expect(weekFits).not.toHaveBeenCalled();
    expect(current).toHaveBeenCalledTimes(1);
    expect(next!.weekly.slice(0, -1)).toEqual(first!.weekly.slice(0, -1));
    // What a fresh fit of the next day gives: the same model, nothing memoised.
    expect(next).toEqual(report.memberModel(facts[0]!.evidence, exam, thursday));
  });

  it("refits the week ends after new evidence, and only those", async () => {
    const evidence = history(wednesday);
    memberModels([member(id, evidence)], exam, wednesday);
    const dates = weekDates(thursday);
    // An answer (a late sync, say) dated between the last two week ends.
    const at = new Date(dates[dates.length - 2]!.getTime() - DAY);
    weekFits.mockClear();
    const facts = member(id, [...evidence, { domain: "people", difficulty: 3, credit: 0, count: 40, at }]);
    const [model] = memberModels([facts], exam, thursday);
    expect(weekFits).toHaveBeenCalledTimes(1);
    expect(model).toEqual(report.memberModel(facts.evidence, exam, thursday));
  });

  it("refits no week end for an answer given today", async () => {
    const evidence = history(wednesday);
    memberModels([member(id, evidence)], exam, wednesday);
    weekFits.mockClear();
    const [model] = memberModels([member(id, [...evidence, { domain: "process", difficulty: 3, credit: 1, at: new Date(thursday.getTime() - 1000) }])], exam, thursday);
    expect(weekFits).not.toHaveBeenCalled();
    expect(model!.weekly.at(-1)).toBe(model!.overall);
  });
});
