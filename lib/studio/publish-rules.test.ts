import { describe, expect, it } from "vitest";
import { MIN_LESSON_WORDS, publishProblems } from "./publish-rules";

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");
const lesson = (title: string, n = MIN_LESSON_WORDS) => ({ title, body: words(n) });

describe("publishProblems", () => {
  it("passes a course whose every module has lessons of 400 words and a quiz", () => {
    expect(publishProblems({ modules: [{ title: "Flow", quizQuestions: 3, lessons: [lesson("Takt"), lesson("Pull")] }] })).toEqual([]);
  });

  it("refuses an empty course", () => {
    expect(publishProblems({ modules: [] })).toEqual(["The course has no modules yet."]);
  });

  it("lists every reason at once, module by module", () => {
    const problems = publishProblems({
      modules: [
        { title: "Empty", quizQuestions: 0, lessons: [] },
        { title: "Short", quizQuestions: 2, lessons: [lesson("Almost", MIN_LESSON_WORDS - 1), lesson("One", 1), lesson("Fine")] },
      ],
    });
    expect(problems).toEqual([
      "Module “Empty” has no lessons.",
      "Module “Empty” has no quiz: add at least one question to it.",
      "Lesson “Almost” in “Short” has 399 words; a lesson needs at least 400.",
      "Lesson “One” in “Short” has 1 word; a lesson needs at least 400.",
    ]);
  });

  it("counts the words a reader reads, not markdown syntax", () => {
    const body = `${words(MIN_LESSON_WORDS - 2)}\n\n| --- | --- |\n\n## #`;
    expect(publishProblems({ modules: [{ title: "M", quizQuestions: 1, lessons: [{ title: "L", body }] }] })).toHaveLength(1);
  });
});
