import "server-only";
import { effectiveLesson } from "@/lib/studio/lesson-draft";
import { db } from "@/lib/db";
import { editableBy, requireAuthor } from "./course-access";

/** A lesson for its editor: the draft when there is one, else the published text. */
export async function getStudioLesson(lessonId: string) {
  const viewer = await requireAuthor();
  const lesson = await db.lesson.findFirst({
    where: { id: lessonId, course: editableBy(viewer) },
    select: {
      id: true,
      title: true,
      minutes: true,
      objectives: true,
      body: true,
      draft: true,
      publishedAt: true,
      module: { select: { title: true } },
      course: { select: { id: true, title: true, slug: true, published: true } },
      slug: true,
    },
  });
  if (!lesson) return null;
  return { id: lesson.id, slug: lesson.slug, module: lesson.module, course: lesson.course, published: lesson.publishedAt !== null, hasDraft: lesson.draft !== null, content: effectiveLesson(lesson) };
}
