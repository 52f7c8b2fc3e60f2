import "server-only";
import { db } from "@/lib/db";
import { PUBLISHED_LESSON } from "@/lib/data/catalog/published";

/** The learner-facing path of a lesson in a published course, or null. */
export async function publishedLessonPath(lessonId: string): Promise<string | null> {
  const lesson = await db.lesson.findFirst({ where: { id: lessonId, ...PUBLISHED_LESSON, course: { published: true } }, select: { slug: true, course: { select: { slug: true } } } });
  return lesson && `/learn/${lesson.course.slug}/${lesson.slug}`;
}
