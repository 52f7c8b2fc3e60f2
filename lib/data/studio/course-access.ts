import "server-only";
import { AUTHORS } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { requireRole, type Viewer } from "../viewer";

/** The studio's caller: an instructor or an admin, else a 403. */
export const requireAuthor = (): Promise<Viewer> => requireRole(...AUTHORS);

/** Courses the viewer may edit: every course for admins, else those they own or co-author. */
export function editableBy(viewer: Viewer): Prisma.CourseWhereInput {
  return viewer.role === "admin" ? {} : { authors: { some: { userId: viewer.id } } };
}

/**
 * The course with this id if the viewer may edit it, else null: a course that
 * does not exist and one the viewer may not touch look the same to them.
 */
export async function findEditableCourse(viewer: Viewer, courseId: string) {
  return db.course.findFirst({ where: { id: courseId, ...editableBy(viewer) }, select: { id: true, slug: true, title: true, published: true } });
}

export const NOT_YOURS = "That course does not exist, or you are not one of its authors.";

/** Marks a course as edited in the studio: from then on the shipped files no longer overwrite it. */
export async function touchCourse(tx: Prisma.TransactionClient, courseId: string): Promise<void> {
  await tx.course.update({ where: { id: courseId }, data: { studioEditedAt: new Date() } });
}
