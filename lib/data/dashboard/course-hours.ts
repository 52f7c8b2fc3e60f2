import "server-only";
import { educationHours } from "@/lib/readiness/hours";
import { db } from "@/lib/db";
import { PUBLISHED_LESSON, PUBLISHED_MODULE } from "@/lib/data/catalog/published";

/** Published courses that count for the targets, with the learner's completed lessons. */
export async function coursesFor(userId: string, targetIds: string[]) {
  return db.course.findMany({
    where: { published: true, certifications: { some: { targetId: { in: targetIds } } } },
    orderBy: { order: "asc" },
    select: {
      title: true,
      slug: true,
      certifications: { select: { targetId: true, domains: true, educationHours: true } },
      modules: {
        where: PUBLISHED_MODULE,
        orderBy: { order: "asc" },
        select: { lessons: { where: PUBLISHED_LESSON, orderBy: { order: "asc" }, select: { slug: true, title: true, minutes: true, completions: { where: { userId }, select: { completedAt: true } } } } },
      },
    },
  });
}

export type CourseWithLessons = Awaited<ReturnType<typeof coursesFor>>[number];

/** The education hours those courses give toward one target's requirement. */
export function hoursOf(courses: CourseWithLessons[], target: { id: string; educationHoursRequired: number | null }) {
  return educationHours(
    courses
      .filter((c) => c.certifications.some((x) => x.targetId === target.id))
      .map((c) => {
        const lessons = c.modules.flatMap((m) => m.lessons);
        return {
          courseTitle: c.title,
          educationHours: c.certifications.find((x) => x.targetId === target.id)!.educationHours,
          totalMinutes: lessons.reduce((s, l) => s + l.minutes, 0),
          completedMinutes: lessons.filter((l) => l.completions.length).reduce((s, l) => s + l.minutes, 0),
        };
      }),
    target.educationHoursRequired,
  );
}
