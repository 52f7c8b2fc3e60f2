import "server-only";
import { liveFields, uniqueSlug, type LessonDraft } from "@/lib/studio/lesson-draft";
import { db } from "@/lib/db";
import type { AddLessonInput } from "@/lib/validation/studio";
import { fail, type Result } from "../result";
import { editableBy, requireAuthor } from "./course-access";

/** An empty lesson at the end of a module. It stays unpublished (unseen by learners) until the course is published with it. */
export async function addLesson(input: AddLessonInput): Promise<Result<{ lessonId: string; courseId: string }, keyof AddLessonInput>> {
  const viewer = await requireAuthor();
  const mod = await db.module.findFirst({ where: { id: input.moduleId, course: editableBy(viewer) }, select: { id: true, courseId: true } });
  if (!mod) return fail("That module does not exist, or you are not one of its course's authors.", "moduleId");
  const draft: LessonDraft = { title: input.title, minutes: 10, objectives: [], body: "" };
  const lessonId = await db.$transaction(async (tx) => {
    const [slugs, last] = await Promise.all([
      tx.lesson.findMany({ where: { courseId: mod.courseId }, select: { slug: true } }),
      tx.lesson.aggregate({ where: { moduleId: mod.id }, _max: { order: true } }),
    ]);
    const lesson = await tx.lesson.create({
      data: {
        courseId: mod.courseId,
        moduleId: mod.id,
        slug: uniqueSlug(input.title, slugs.map((l) => l.slug)),
        order: (last._max.order ?? 0) + 1,
        ...liveFields(draft),
        draft: JSON.stringify(draft),
        publishedAt: null,
      },
      select: { id: true },
    });
    await tx.course.update({ where: { id: mod.courseId }, data: { studioEditedAt: new Date() } });
    return lesson.id;
  });
  return { ok: true, lessonId, courseId: mod.courseId };
}
