import "server-only";
import type { LessonDraft } from "@/lib/studio/lesson-draft";
import { db } from "@/lib/db";
import type { LessonDraftInput } from "@/lib/validation/studio";
import { fail, type Result } from "../result";
import { editableBy, requireAuthor } from "./course-access";

/**
 * Saves the editor's text as the lesson's draft. Learners keep reading the
 * published text until the course is published again, so an instructor can
 * save half-finished work on a live course.
 */
export async function saveLessonDraft(input: LessonDraft & { lessonId: string }): Promise<Result<{ courseId: string }, keyof LessonDraftInput>> {
  const viewer = await requireAuthor();
  const lesson = await db.lesson.findFirst({ where: { id: input.lessonId, course: editableBy(viewer) }, select: { id: true, courseId: true } });
  if (!lesson) return fail("That lesson does not exist, or you are not one of its course's authors.", "lessonId");
  const draft: LessonDraft = { title: input.title, minutes: input.minutes, objectives: input.objectives, body: input.body };
  await db.$transaction([
    db.lesson.update({ where: { id: lesson.id }, data: { draft: JSON.stringify(draft) } }),
    db.course.update({ where: { id: lesson.courseId }, data: { studioEditedAt: new Date() } }),
  ]);
  return { ok: true, courseId: lesson.courseId };
}
