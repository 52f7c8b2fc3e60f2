import "server-only";
import { db } from "@/lib/db";
import type { SaveCourseInput } from "@/lib/validation/studio";
import { fail, type Result } from "../result";
import { findEditableCourse, NOT_YOURS, requireAuthor } from "./course-access";

type Details = Omit<SaveCourseInput, "description" | "courseId"> & { courseId: string; description: string };

/** Course details apply at once, also to a published course (they are its catalogue card, not lesson text). */
export async function updateCourse(input: Details): Promise<Result<object, keyof SaveCourseInput>> {
  const viewer = await requireAuthor();
  const course = await findEditableCourse(viewer, input.courseId);
  if (!course) return fail(NOT_YOURS, "courseId");
  const track = await db.track.findUnique({ where: { id: input.trackId }, select: { id: true } });
  if (!track) return fail("That track does not exist.", "trackId");
  await db.course.update({
    where: { id: course.id },
    data: { title: input.title, summary: input.summary, description: input.description, level: input.level, trackId: track.id, studioEditedAt: new Date() },
  });
  return { ok: true };
}
