import { describe, expect, it } from "vitest";
import { atRiskReasons, describeRisk } from "./at-risk";

const now = new Date("2027-03-01T12:00:00Z");
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);

describe("atRiskReasons", () => {
  it("flags a predicted pass probability under 0.6 at the exam date", () => {
    expect(atRiskReasons({ examPassProbability: 0.59, lastStudyAt: daysAgo(1), now })).toEqual([{ code: "pass-probability", probability: 0.59 }]);
  });

  it("does not flag 0.6 exactly, nor a member without an assigned exam", () => {
    expect(atRiskReasons({ examPassProbability: 0.6, lastStudyAt: daysAgo(1), now })).toEqual([]);
    expect(atRiskReasons({ examPassProbability: null, lastStudyAt: daysAgo(1), now })).toEqual([]);
  });

  it("flags 14 days without study, not 13", () => {
    expect(atRiskReasons({ examPassProbability: 0.9, lastStudyAt: daysAgo(13.9), now })).toEqual([]);
    expect(atRiskReasons({ examPassProbability: 0.9, lastStudyAt: daysAgo(14), now })).toEqual([{ code: "inactive", days: 14 }]);
  });

  it("flags a member who never studied, and gives both reasons when both hold", () => {
    expect(atRiskReasons({ examPassProbability: 0.2, lastStudyAt: null, now }).map(describeRisk)).toEqual([
      "pass chance at the exam 20% (under 60%)",
      "not studied yet",
    ]);
  });
});
