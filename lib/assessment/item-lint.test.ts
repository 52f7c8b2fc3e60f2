import { describe, expect, it } from "vitest";
import { keyIsLongest, lintQuestion, lintTarget } from "./item-lint";
import { questionSchema, type QuestionSource } from "./question-schema";

const single = (stem: string, key: string, distractors: string[]): QuestionSource =>
  questionSchema.parse({
    id: "x-001",
    type: "single",
    target: "LEAN",
    domain: "kaizen",
    difficulty: 2,
    stem,
    explanation: "Because.",
    options: [{ text: key, correct: true, explanation: "Right." }, ...distractors.map((text) => ({ text, explanation: "Wrong." }))],
  });

const trueFalse = (answer: boolean): QuestionSource =>
  questionSchema.parse({ id: "tf-001", type: "true-false", target: "LEAN", domain: "kaizen", difficulty: 2, stem: "Is it so?", explanation: "E.", falseExplanation: "F.", answer });

const rules = (q: QuestionSource) => lintQuestion(q).map((f) => f.rule);

describe("lintQuestion", () => {
  it("passes a well-written item", () => {
    expect(rules(single("Which waste is an operator walking to fetch parts?", "Motion", ["Transport", "Waiting", "Overprocessing"]))).toEqual([]);
  });

  it("flags a key that is longer than every distractor by a clear margin", () => {
    const q = single("What should the team do first?", "Map the current state with the people who do the work, then agree the problem", ["Buy software", "Hire a consultant", "Wait"]);
    expect(keyIsLongest(q)).toBe(true);
    expect(rules(q)).toContain("key-longest");
    // Longest, but not by a clear margin: counted per target, not flagged per item.
    const close = single("What should the team do first?", "Map the current state together", ["Buy a scheduling tool now", "Hire an outside consultant", "Wait for the next audit"]);
    expect(keyIsLongest(close)).toBe(true);
    expect(rules(close)).not.toContain("key-longest");
  });

  it("flags all/none of the above, absolutes only in distractors, a key that echoes the stem, and a stem that asks nothing", () => {
    expect(rules(single("Which are wastes?", "All of the above", ["Motion", "Waiting", "Defects"]))).toContain("all-or-none-of-the-above");
    expect(rules(single("When should standard work change?", "When the team finds a better method", ["Never, once it is signed off", "Only at the annual review", "When the auditor asks"]))).toContain(
      "absolutes-only-in-distractors",
    );
    expect(rules(single("Which chart separates common-cause variation from special-cause variation?", "A control chart of common and special variation", ["A Pareto chart", "A histogram", "A scatter diagram"]))).toContain(
      "key-echoes-stem",
    );
    expect(rules(single("Pick the waste.", "Motion", ["Transport", "Waiting", "Defects"]))).toContain("stem-without-question");
  });
});

describe("lintTarget", () => {
  it("reports the share of keys that are strictly longest and the true/false balance", () => {
    const bank = [
      single("Which one?", "A much longer keyed option", ["Short", "Tiny", "Brief"]),
      single("Which one?", "Key", ["A longer distractor", "Another", "Third"]),
      trueFalse(true),
      trueFalse(false),
      trueFalse(false),
      trueFalse(false),
    ];
    const report = lintTarget("LEAN", bank);
    expect(report).toMatchObject({ singleChoice: 2, keyLongestShare: 0.5, trueFalse: 4, trueShare: 0.25 });
    expect(report.findings["key-longest"]).toBe(1);
    expect(lintTarget("EI", bank)).toMatchObject({ singleChoice: 0, trueFalse: 0 });
  });
});
