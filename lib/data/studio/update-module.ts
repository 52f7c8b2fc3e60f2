import "server-only";
import { db } from "@/lib/db";
import type { UpdateModuleInput } from "@/lib/validation/studio";
import { fail, type Result } from "../result";
import { editableBy, requireAuthor } from "./course-access";

const NO_MODULE = "That module does not exist, or you are not one of its course's authors.";

/** A module's title and summary (outline labels, applied at once). */
export async function updateModule(input: UpdateModuleInput): Promise<Result<{ courseId: string }, keyof UpdateModuleInput>> {
  const viewer = await requireAuthor();
  const mod = await db.module.findFirst({ where: { id: input.moduleId, course: editableBy(viewer) }, select: { id: true, courseId: true } });
  if (!mod) return fail(NO_MODULE, "moduleId");
  await db.$transaction([
    db.module.update({ where: { id: mod.id }, data: { title: input.title, summary: input.summary } }),
    db.course.update({ where: { id: mod.courseId }, data: { studioEditedAt: new Date() } }),
  ]);
  return { ok: true, courseId: mod.courseId };
}
