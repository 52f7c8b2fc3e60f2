import { describe, expect, it } from "vitest";
import { belowFloor, computedMinutes, contactHourProblems, contactHourRows } from "./contact-hours";
import { CONTENT_ROOT, loadContent } from "./load";

const lesson = (minutes: number, wordCount: number, exerciseMinutes?: number, hasExercise = exerciseMinutes !== undefined) => ({ file: `l${minutes}-${wordCount}.md`, minutes, wordCount, exerciseMinutes, hasExercise });
const course = (lessons: ReturnType<typeof lesson>[], claims: [string, number][], slug = "c") => ({
  slug,
  title: slug.toUpperCase(),
  certifications: claims.map(([target, educationHours]) => ({ target, educationHours })),
  modules: [{ lessons }],
});

describe("computedMinutes", () => {
  it("reads 200 words a minute, rounding up, and adds the stated exercise time", () => {
    expect(computedMinutes({ wordCount: 200 })).toBe(1);
    expect(computedMinutes({ wordCount: 201 })).toBe(2);
    expect(computedMinutes({ wordCount: 1500, exerciseMinutes: 20 })).toBe(28);
    expect(computedMinutes({ wordCount: 0, exerciseMinutes: 0 })).toBe(0);
  });
});

describe("contactHourProblems", () => {
  it("passes lessons and courses that claim what they give", () => {
    const c = course([lesson(8, 1500), lesson(28, 1500, 20)], [["PMP", 0.6], ["CAPM", 0.5]]);
    expect(contactHourProblems([c])).toEqual([]);
  });

  it("refuses a lesson claiming more minutes than computed", () => {
    expect(contactHourProblems([course([lesson(9, 1500)], [["PMP", 0.1]])])).toEqual(["l9-1500.md: claims 9 min, computed 8 (1500 words + 0 min exercise)"]);
  });

  it("refuses exercise minutes on a lesson without an exercise section", () => {
    expect(contactHourProblems([course([lesson(18, 1500, 10, false)], [["PMP", 0.1]])])).toEqual([`l18-1500.md: states exerciseMinutes but has no "## Exercise" or "## Try it" section`]);
  });

  it("refuses a course claiming more hours for a target than its lessons give", () => {
    const c = course([lesson(30, 6000)], [["PMP", 0.5], ["CAPM", 1]]);
    expect(contactHourProblems([c])).toEqual(["c: claims 1 h for CAPM, its lessons give 0.50 h"]);
  });

  it("counts computed minutes, not claimed ones, towards a course's hours", () => {
    const c = course([lesson(5, 6000)], [["PMP", 0.5]]);
    expect(contactHourRows([c])[0]).toMatchObject({ claimed: 0.5, computed: 0.5 });
  });
});

describe("floors", () => {
  it("reports a flagship course below its floor against its computed hours, and only for the floor's target", () => {
    const rows = contactHourRows([course([lesson(60, 12000)], [["PMP", 1], ["CAPM", 1]], "pmp-exam-prep")]);
    expect(rows.map((r) => [r.target, r.floor])).toEqual([["PMP", 35], ["CAPM", null]]);
    expect(belowFloor(rows).map((r) => r.target)).toEqual(["PMP"]);
    expect(belowFloor(contactHourRows([course([lesson(60, 12000 * 35)], [["PMP", 35]], "pmp-exam-prep")]))).toEqual([]);
  });
});

describe("the shipped catalogue", () => {
  const courses = loadContent(CONTENT_ROOT).flatMap((t) => t.courses);

  it("claims no more contact hours than its lessons give", () => {
    expect(contactHourProblems(courses)).toEqual([]);
  });

  it("meets the contact-hour floor of every flagship course (PMP 35, CAPM 23, Green Belt 12)", () => {
    expect(belowFloor(contactHourRows(courses)).map((r) => `${r.course} ${r.target}: ${r.computed.toFixed(2)} h, floor ${r.floor}`)).toEqual([]);
  });
});
