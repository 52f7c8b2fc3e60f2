import { describe, expect, it } from "vitest";
import { itemReports, type AnswerRow } from "./item-report";

const single = JSON.stringify({
  type: "single",
  options: [
    { id: "a", text: "Key", credit: 1, correct: true, explanation: "" },
    { id: "b", text: "Tempting", credit: 0, correct: false, explanation: "" },
    { id: "c", text: "Never chosen", credit: 0, correct: false, explanation: "" },
  ],
});
const numeric = JSON.stringify({ type: "numeric", answer: 2, tolerance: 0 });

const answer = (attemptId: string, questionId: string, credit: number, choice: string | null, seconds = 30): AnswerRow => ({
  attemptId,
  questionId,
  credit,
  timeSpentMs: seconds * 1000,
  response: choice === null ? JSON.stringify({ type: "numeric", value: 2 }) : JSON.stringify({ type: "single", choice }),
  payload: choice === null ? numeric : single,
});

describe("itemReports", () => {
  it("computes each question's figures over the attempts that drew it, with option shares and median time", () => {
    // q1: right in attempts 1 and 2, wrong ("b") in 3 and 4. q2 (numeric): right in 1, 2, 3, wrong in 4.
    const rows = [
      answer("t1", "q1", 1, "a", 10),
      answer("t2", "q1", 1, "a", 20),
      answer("t3", "q1", 0, "b", 40),
      answer("t4", "q1", 0, "b", 50),
      answer("t1", "q2", 1, null),
      answer("t2", "q2", 1, null),
      answer("t3", "q2", 1, null),
      answer("t4", "q2", 0, null),
    ];
    const [q1, q2, ...rest] = itemReports(["q1", "q2", "q3"], rows);
    expect(rest).toEqual([]);
    expect(q1).toMatchObject({ questionId: "q1", attempts: 4, facility: 50, medianSeconds: 30 });
    expect(q1!.options).toEqual([
      { text: "Key", keyed: true, picks: 2, share: 0.5 },
      { text: "Tempting", keyed: false, picks: 2, share: 0.5 },
      { text: "Never chosen", keyed: false, picks: 0, share: 0 },
    ]);
    // The rest of the test for q1 is q2's mark: 1, 1, 1, 0 against q1's 1, 1, 0, 0: a positive correlation.
    expect(q1!.discriminationIndex).toBeGreaterThan(0);
    expect(q2).toMatchObject({ questionId: "q2", facility: 75, options: [] });
  });

  it("flags a keyed option chosen less often than a distractor", () => {
    const rows = ["t1", "t2", "t3"].map((t, i) => answer(t, "q1", i === 0 ? 1 : 0, i === 0 ? "a" : "b"));
    const [q1] = itemReports(["q1"], rows);
    expect(q1!.flags.map((f) => f.code)).toContain("key-less-popular");
  });

  it("reports nothing for questions nobody answered", () => {
    expect(itemReports(["q1"], [])).toEqual([]);
  });
});
