import { describe, expect, it } from "vitest";
import { questionTemplate } from "./question-templates";
import { checkQuestion } from "./question-problems";

describe("checkQuestion", () => {
  it("accepts every template", () => {
    for (const type of ["single", "multiple", "true-false", "numeric", "matching", "ordering"] as const) {
      expect(checkQuestion(questionTemplate(type, "LEAN", "value-and-waste")).ok).toBe(true);
    }
  });

  it("says what is missing or of the wrong kind, in words", () => {
    expect(checkQuestion(42)).toEqual({ ok: false, problems: "write the question as fields (id, target, domain, type, stem, explanation, …), one per line" });
    const { stem: _stem, ...noStem } = questionTemplate("single", "LEAN", "value-and-waste");
    expect(checkQuestion({ ...noStem, difficulty: "hard" })).toEqual({ ok: false, problems: "difficulty should be a number; stem is missing" });
    expect(checkQuestion({ ...noStem, stem: "Why?", type: "essay" })).toEqual({ ok: false, problems: "type: type must be one of single, multiple, true-false, numeric, matching, ordering" });
  });
});
