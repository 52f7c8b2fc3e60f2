import "server-only";
import { moveItem } from "@/lib/studio/lesson-draft";
import { db } from "@/lib/db";
import type { MoveInput } from "@/lib/validation/studio";
import { fail, type Result } from "../result";
import { editableBy, requireAuthor } from "./course-access";

/** Moves a module within its course, or a lesson within its module, to position `to` (from 0); the siblings close up. */
export async function moveInOutline(input: { kind: MoveInput["kind"]; id: string; to: number }): Promise<Result<{ courseId: string }, "id" | "to">> {
  const viewer = await requireAuthor();
  const course = editableBy(viewer);
  // A module's siblings share its course, a lesson's its module.
  const found =
    input.kind === "module"
      ? await db.module.findFirst({ where: { id: input.id, course }, select: { courseId: true } }).then((m) => m && { courseId: m.courseId, moduleId: null })
      : await db.lesson.findFirst({ where: { id: input.id, course }, select: { courseId: true, moduleId: true } });
  if (!found) return fail("That item does not exist, or you are not one of its course's authors.", "id");
  await db.$transaction(async (tx) => {
    const siblings = found.moduleId
      ? await tx.lesson.findMany({ where: { moduleId: found.moduleId }, orderBy: { order: "asc" }, select: { id: true } })
      : await tx.module.findMany({ where: { courseId: found.courseId }, orderBy: { order: "asc" }, select: { id: true } });
    const ordered = moveItem(siblings.map((s) => s.id), siblings.findIndex((s) => s.id === input.id), input.to);
    for (const [index, id] of ordered.entries()) {
      if (input.kind === "module") await tx.module.update({ where: { id }, data: { order: index + 1 } });
      else await tx.lesson.update({ where: { id }, data: { order: index + 1 } });
    }
    await tx.course.update({ where: { id: found.courseId }, data: { studioEditedAt: new Date() } });
  });
  return { ok: true, courseId: found.courseId };
}
