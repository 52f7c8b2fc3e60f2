import { describe, expect, it } from "vitest";
import { countWords, hasExercise, hasWorkedExample, orderAndSlug, parseFile } from "./parse";
import { courseMeta, lessonMeta } from "./schema";

describe("parseFile", () => {
  it("reads front matter and body", () => {
    const { meta, body } = parseFile("l.md", "---\ntitle: Takt\nminutes: 9\nobjectives:\n  - Compute takt\n---\n## Hello\n", lessonMeta);
    expect(meta).toEqual({ title: "Takt", minutes: 9, objectives: ["Compute takt"] });
    expect(body).toBe("## Hello");
  });

  it("names the file and the field when front matter is missing or wrong", () => {
    expect(() => parseFile("a.md", "## no front matter", lessonMeta)).toThrow("a.md: missing front matter");
    expect(() => parseFile("e.md", "---\ntitle: T\nminutes: 9\nexerciseMinutes: -1\nobjectives: [x]\n---\nx", lessonMeta)).toThrow(/e\.md: exerciseMinutes/);
    expect(() => parseFile("b.md", "---\ntitle: T\nminutes: 0\nobjectives: []\n---\nx", lessonMeta)).toThrow(/b\.md: minutes: .*objectives/);
  });

  it("refuses a course without certification mapping", () => {
    const base = "---\ntitle: C\nsummary: S\nlevel: Beginner\n";
    expect(() => parseFile("c.md", `${base}certifications: []\n---\n`, courseMeta)).toThrow(/certification targets/);
  });
});

describe("orderAndSlug", () => {
  it("splits NN-slug names and refuses others", () => {
    expect(orderAndSlug("03-value-stream-mapping")).toEqual({ order: 3, slug: "value-stream-mapping" });
    expect(orderAndSlug("12-takt.md")).toEqual({ order: 12, slug: "takt" });
    expect(orderAndSlug("takt.md")).toBeNull();
    expect(orderAndSlug("01-Bad_Name.md")).toBeNull();
  });
});

describe("countWords", () => {
  it("counts prose, not markdown syntax, code or table rules", () => {
    expect(countWords("## Two words\n\n| a | b |\n| --- | --- |\n\n```\nconst x = 1;\n```\n- one - two")).toBe(6);
  });
});

describe("hasWorkedExample", () => {
  it("finds a Worked example or Scenario section", () => {
    expect(hasWorkedExample("intro\n\n## Worked example: takt\n")).toBe(true);
    expect(hasWorkedExample("## Scenario\n")).toBe(true);
    expect(hasWorkedExample("### Scenario\n")).toBe(false);
  });
});

describe("hasExercise", () => {
  it("finds an Exercise or Try it section", () => {
    expect(hasExercise("## Exercise\n")).toBe(true);
    expect(hasExercise("intro\n\n## Try it\n")).toBe(true);
    expect(hasExercise("## Model answer\n")).toBe(false);
  });
});
