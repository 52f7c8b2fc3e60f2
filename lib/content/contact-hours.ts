// Honest contact hours: what a lesson takes is computed from its words at a
// stated reading speed plus the minutes its exercise states; a lesson may not
// claim more, and a course may not claim more hours for a target than its
// lessons give. Pure: the content comes in as data.

export const READING_WORDS_PER_MINUTE = 200;

/**
 * What each flagship course must reach for the target it prepares for (issue 14).
 * Reported, not yet enforced: the courses are being written towards them.
 */
export const COURSE_HOUR_FLOORS: readonly { course: string; target: string; hours: number }[] = [
  { course: "pmp-exam-prep", target: "PMP", hours: 35 },
  { course: "capm-essentials", target: "CAPM", hours: 23 },
  { course: "lean-six-sigma-green-belt", target: "LSSGB", hours: 12 },
];

type Lesson = { file: string; minutes: number; wordCount: number; exerciseMinutes?: number; hasExercise: boolean };
type Course = { slug: string; title: string; certifications: { target: string; educationHours: number }[]; modules: { lessons: Lesson[] }[] };

/** Reading time of the body, rounded up to the minute, plus the stated exercise time. */
export function computedMinutes(lesson: { wordCount: number; exerciseMinutes?: number }): number {
  return Math.ceil(lesson.wordCount / READING_WORDS_PER_MINUTE) + (lesson.exerciseMinutes ?? 0);
}

export type HoursRow = { course: string; title: string; target: string; claimed: number; computed: number; floor: number | null };

/** One row per course and target it claims hours for; computed hours are the lessons' computed minutes / 60. */
export function contactHourRows(courses: readonly Course[]): HoursRow[] {
  return courses.flatMap((course) => {
    const minutes = course.modules.flatMap((m) => m.lessons).reduce((sum, l) => sum + computedMinutes(l), 0);
    return course.certifications.map((c) => ({
      course: course.slug,
      title: course.title,
      target: c.target,
      claimed: c.educationHours,
      computed: minutes / 60,
      floor: COURSE_HOUR_FLOORS.find((f) => f.course === course.slug && f.target === c.target)?.hours ?? null,
    }));
  });
}

/** What makes the content check fail: lessons claiming more than computed, exercise time without an exercise, courses over-claiming. */
export function contactHourProblems(courses: readonly Course[]): string[] {
  const problems: string[] = [];
  for (const lesson of courses.flatMap((c) => c.modules.flatMap((m) => m.lessons))) {
    const computed = computedMinutes(lesson);
    if (lesson.minutes > computed) {
      problems.push(`${lesson.file}: claims ${lesson.minutes} min, computed ${computed} (${lesson.wordCount} words + ${lesson.exerciseMinutes ?? 0} min exercise)`);
    }
    if ((lesson.exerciseMinutes ?? 0) > 0 && !lesson.hasExercise) {
      problems.push(`${lesson.file}: states exerciseMinutes but has no "## Exercise" or "## Try it" section`);
    }
  }
  for (const r of contactHourRows(courses)) {
    if (r.claimed > r.computed) problems.push(`${r.course}: claims ${r.claimed} h for ${r.target}, its lessons give ${r.computed.toFixed(2)} h`);
  }
  return problems;
}

/** Floors the courses have not reached yet. */
export function belowFloor(rows: readonly HoursRow[]): HoursRow[] {
  return rows.filter((r) => r.floor !== null && r.computed < r.floor);
}
