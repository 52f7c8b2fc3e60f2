import { describe, expect, it } from "vitest";
import { educationHours } from "./hours";

describe("educationHours", () => {
  it("counts completed lesson time, capped by what each course may claim", () => {
    const h = educationHours(
      [
        { courseTitle: "PMP Exam Prep", educationHours: 3, totalMinutes: 181, completedMinutes: 90 },
        { courseTitle: "EI for Leaders", educationHours: 0.5, totalMinutes: 132, completedMinutes: 132 },
      ],
      35,
    );
    expect(h.rows.map((r) => r.counted)).toEqual([1.5, 0.5]);
    expect(h).toMatchObject({ total: 2, required: 35, met: false });
  });

  it("is met once the counted hours reach the requirement", () => {
    const done = { courseTitle: "CAPM Prep", educationHours: 30, totalMinutes: 1500, completedMinutes: 1380 };
    expect(educationHours([done], 23)).toMatchObject({ total: 23, required: 23, met: true });
    expect(educationHours([done], 24)).toMatchObject({ met: false });
  });

  it("has no requirement for a target that asks none (the platform's own certificates)", () => {
    expect(educationHours([], null)).toMatchObject({ total: 0, required: null, met: false });
  });
});
