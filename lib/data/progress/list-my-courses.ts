import "server-only";
import { db } from "@/lib/db";
import { requireViewer } from "../viewer";
import { PUBLISHED_LESSON, PUBLISHED_MODULE } from "@/lib/data/catalog/published";

export type EnrolledCourse = {
  slug: string;
  title: string;
  trackTitle: string;
  totalLessons: number;
  completedLessons: number;
  percent: number;
  lastActivityAt: Date;
  next: { slug: string; title: string } | null;
};

/** The viewer's courses, most recently active first, each with the next lesson to study. */
export async function listMyCourses(): Promise<EnrolledCourse[]> {
  const viewer = await requireViewer();
  const enrollments = await db.enrollment.findMany({
    where: { userId: viewer.id },
    orderBy: { lastActivityAt: "desc" },
    select: {
      lastActivityAt: true,
      course: {
        select: {
          slug: true,
          title: true,
          track: { select: { title: true } },
          modules: {
            where: PUBLISHED_MODULE,
            orderBy: { order: "asc" },
            select: {
              lessons: {
                where: PUBLISHED_LESSON,
                orderBy: { order: "asc" },
                select: { slug: true, title: true, completions: { where: { userId: viewer.id }, select: { lessonId: true } } },
              },
            },
          },
        },
      },
    },
  });
  return enrollments.map(({ course, lastActivityAt }) => {
    const lessons = course.modules.flatMap((m) => m.lessons);
    const completed = lessons.filter((l) => l.completions.length > 0).length;
    const next = lessons.find((l) => l.completions.length === 0) ?? null;
    return {
      slug: course.slug,
      title: course.title,
      trackTitle: course.track.title,
      totalLessons: lessons.length,
      completedLessons: completed,
      percent: lessons.length ? Math.round((100 * completed) / lessons.length) : 0,
      lastActivityAt,
      next: next && { slug: next.slug, title: next.title },
    };
  });
}
