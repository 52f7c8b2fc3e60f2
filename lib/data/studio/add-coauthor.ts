import "server-only";
import { db } from "@/lib/db";
import type { CoauthorInput } from "@/lib/validation/studio";
import { recordAudit } from "../audit/record-audit";
import { fail, type Result } from "../result";
import { editableBy, requireAuthor } from "./course-access";

/** The course's owner (or an admin) adds an instructor as co-author by email. */
export async function addCoauthor(input: { courseId: string; email: string }): Promise<Result<{ name: string }, keyof CoauthorInput>> {
  const viewer = await requireAuthor();
  const course = await db.course.findFirst({
    where: { id: input.courseId, ...editableBy(viewer) },
    select: { id: true, authors: { where: { userId: viewer.id, owner: true }, select: { userId: true } } },
  });
  if (!course) return fail("That course does not exist, or you are not one of its authors.", "courseId");
  if (viewer.role !== "admin" && course.authors.length === 0) return fail("Only the course's owner can add co-authors.", "email");
  const user = await db.user.findUnique({ where: { email: input.email }, select: { id: true, name: true, role: true } });
  if (!user || user.role !== "instructor") return fail("No instructor has that email address.", "email");
  const existing = await db.courseAuthor.findUnique({ where: { courseId_userId: { courseId: course.id, userId: user.id } }, select: { owner: true } });
  if (existing) return fail(`${user.name} is already an author of this course.`, "email");
  await db.$transaction(async (tx) => {
    await tx.courseAuthor.create({ data: { courseId: course.id, userId: user.id } });
    await recordAudit({ action: "course.coauthor-added", actor: viewer, subject: { type: "course", id: course.id }, detail: { coauthor: input.email } }, tx);
  });
  return { ok: true, name: user.name };
}
