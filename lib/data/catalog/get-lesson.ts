import "server-only";
import { db } from "@/lib/db";
import { cachePublicContent } from "@/lib/data/catalog/public-content-cache";
import { PUBLISHED_LESSON } from "@/lib/data/catalog/published";

export type LessonView = {
  id: string;
  slug: string;
  title: string;
  minutes: number;
  objectives: string[];
  body: string;
  module: { title: string; order: number };
};

/** One lesson's text, the same for every reader. Lessons are for signed-in readers; the caller has checked that. */
export const getLesson = cachePublicContent("lesson", async (courseId: string, lessonSlug: string): Promise<LessonView | null> => {
  const lesson = await db.lesson.findFirst({
    where: { courseId, slug: lessonSlug, ...PUBLISHED_LESSON },
    select: {
      id: true,
      slug: true,
      title: true,
      minutes: true,
      objectives: true,
      body: true,
      module: { select: { title: true, order: true } },
    },
  });
  if (!lesson) return null;
  return { ...lesson, objectives: lesson.objectives.split("\n").filter(Boolean) };
});
