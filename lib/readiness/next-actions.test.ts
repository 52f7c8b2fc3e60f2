import { describe, expect, it } from "vitest";
import { nextActions, rankDomains } from "./next-actions";

const domains = [
  { code: "people", name: "People", weight: 0.33, probability: 0.8, enough: true },
  { code: "process", name: "Process", weight: 0.41, probability: 0.55, enough: true },
  { code: "business-environment", name: "Business Environment", weight: 0.26, probability: 0.5, enough: false },
];

describe("rankDomains", () => {
  it("puts the biggest expected loss first, weighting by blueprint share", () => {
    expect(rankDomains(domains).map((d) => d.code)).toEqual(["process", "business-environment", "people"]);
  });
});

describe("nextActions", () => {
  it("lists due reviews, then lessons and drills for the weakest domains, then a daily pace", () => {
    const actions = nextActions({
      targetCode: "PMP",
      domains,
      lessons: [{ domain: "process", title: "Critical Path and Float", href: "/learn/pmp-exam-prep/critical-path-and-float" }],
      dueReviews: 4,
      unseenQuestions: 150,
      daysToExam: 32,
      dueThisWeek: 21,
    });
    expect(actions.map((a) => a.kind)).toEqual(["review", "study", "drill", "drill", "pace"]);
    expect(actions[1]).toMatchObject({ title: "Study: Critical Path and Float", href: "/learn/pmp-exam-prep/critical-path-and-float" });
    expect(actions.at(-1)!.title).toBe("Daily pace: 5 new questions and 3 reviews");
  });
});
