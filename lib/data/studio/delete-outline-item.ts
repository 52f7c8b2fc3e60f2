import "server-only";
import { db } from "@/lib/db";
import type { DeleteOutlineItemInput } from "@/lib/validation/studio";
import { fail, type Result } from "../result";
import { editableBy, requireAuthor, touchCourse } from "./course-access";
import { learnerHistory } from "./learner-history";

type Deleted = { courseId: string; title: string };

/**
 * Deletes a module (with its lessons) or a lesson from a course the viewer
 * authors. Only what no learner has a record on goes: anything learners have
 * completed, annotated, bookmarked, discussed or been quizzed on is refused
 * with the reason, since deleting the row would delete their history with it.
 * A module's quiz questions stay in the question bank.
 */
export async function deleteOutlineItem(input: { kind: DeleteOutlineItemInput["kind"]; id: string }): Promise<Result<Deleted, "id">> {
  const viewer = await requireAuthor();
  const course = editableBy(viewer);
  const found =
    input.kind === "module"
      ? await db.module.findFirst({ where: { id: input.id, course }, select: { id: true, courseId: true, title: true } })
      : await db.lesson.findFirst({ where: { id: input.id, course }, select: { id: true, courseId: true, title: true } });
  if (!found) return fail("That item does not exist, or you are not one of its course's authors.", "id");
  const what = input.kind === "module" ? `Module “${found.title}”` : `Lesson “${found.title}”`;
  // Checked in the same transaction as the delete, so a learner's first record cannot slip in between.
  const history = await db.$transaction(async (tx) => {
    const held = input.kind === "module" ? await learnerHistory(tx, { moduleId: found.id }, { id: found.id }) : await learnerHistory(tx, { id: found.id });
    if (held.length) return held;
    if (input.kind === "module") await tx.module.delete({ where: { id: found.id } });
    else await tx.lesson.delete({ where: { id: found.id } });
    await touchCourse(tx, found.courseId);
    return [];
  });
  if (history.length) {
    return fail(`${what} cannot be deleted: learners have ${history.join(", ")} on it, which would be lost with it. Rewrite it instead.`, "id");
  }
  return { ok: true, courseId: found.courseId, title: found.title };
}
