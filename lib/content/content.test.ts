// The content check: the shipped catalog must meet the bar every course promises.
import { describe, expect, it } from "vitest";
import { CONTENT_ROOT, loadContent } from "./load";
import { MIN_LESSON_WORDS } from "./schema";
import { contactHourProblems } from "./contact-hours";

const tracks = loadContent(CONTENT_ROOT);
const courses = tracks.flatMap((t) => t.courses);

describe("shipped content", () => {
  it("has the five tracks in order", () => {
    expect(tracks.map((t) => t.title)).toEqual(["Process Manager Foundations", "Lean", "Six Sigma", "Project Management", "Emotional Intelligence"]);
    for (const track of tracks) expect(track.courses.length, track.slug).toBeGreaterThan(0);
  });

  it("claims no more minutes per lesson, nor hours per course and target, than computed from words and exercises", () => {
    expect(contactHourProblems(courses)).toEqual([]);
  });

  describe.each(courses.map((c) => [c.title, c] as const))("%s", (_title, course) => {
    it("has at least 4 modules of at least 3 lessons", () => {
      expect(course.modules.length).toBeGreaterThanOrEqual(4);
      for (const mod of course.modules) expect(mod.lessons.length, mod.slug).toBeGreaterThanOrEqual(3);
    });

    it(`has lessons of ${MIN_LESSON_WORDS}+ words, each with a worked example or scenario`, () => {
      for (const lesson of course.modules.flatMap((m) => m.lessons)) {
        expect(lesson.wordCount, lesson.file).toBeGreaterThanOrEqual(MIN_LESSON_WORDS);
        expect(lesson.hasExample, `${lesson.file} needs a "## Worked example" or "## Scenario" section`).toBe(true);
        expect(lesson.body, `${lesson.file} must not contain raw HTML`).not.toMatch(/<\/?[a-z][^>]*>/i);
      }
    });

  });
});
