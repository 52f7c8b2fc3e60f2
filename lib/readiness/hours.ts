// Education (contact) hours toward a certification's eligibility requirement.

export type CourseHours = {
  courseTitle: string;
  /** The hours the course counts for, at most, for this target. */
  educationHours: number;
  totalMinutes: number;
  completedMinutes: number;
};

/** Completed lesson time counts, up to what each course may claim for the target. */
export function countedHours(course: CourseHours): number {
  return Math.min(course.educationHours, course.completedMinutes / 60);
}

/** `required` is the target's requirement (its row), null when it asks none. */
export function educationHours(courses: CourseHours[], required: number | null) {
  const rows = courses.map((c) => ({ ...c, counted: Math.round(countedHours(c) * 100) / 100 }));
  const total = Math.round(rows.reduce((s, r) => s + r.counted, 0) * 100) / 100;
  return { rows, total, required, met: required !== null && total >= required };
}
