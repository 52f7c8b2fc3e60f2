import "server-only";
import { uniqueSlug } from "@/lib/studio/lesson-draft";
import { db } from "@/lib/db";
import type { ModuleDetailsInput } from "@/lib/validation/studio";
import { fail, type Result } from "../result";
import { findEditableCourse, NOT_YOURS, requireAuthor } from "./course-access";

/** A module at the end of the course; in a published course learners see it once the course is published again. */
export async function addModule(input: ModuleDetailsInput): Promise<Result<{ moduleId: string }, keyof ModuleDetailsInput>> {
  const viewer = await requireAuthor();
  const course = await findEditableCourse(viewer, input.courseId);
  if (!course) return fail(NOT_YOURS, "courseId");
  const moduleId = await db.$transaction(async (tx) => {
    const siblings = await tx.module.findMany({ where: { courseId: course.id }, select: { slug: true, order: true } });
    const created = await tx.module.create({
      data: {
        courseId: course.id,
        slug: uniqueSlug(input.title, siblings.map((m) => m.slug)),
        title: input.title,
        summary: input.summary,
        order: Math.max(0, ...siblings.map((m) => m.order)) + 1,
        publishedAt: null,
      },
      select: { id: true },
    });
    await tx.course.update({ where: { id: course.id }, data: { studioEditedAt: new Date() } });
    return created.id;
  });
  return { ok: true, moduleId };
}
