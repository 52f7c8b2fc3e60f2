import "server-only";
import { uniqueSlug } from "@/lib/studio/lesson-draft";
import { db } from "@/lib/db";
import type { CourseDetailsInput } from "@/lib/validation/studio";
import { recordAudit } from "../audit/record-audit";
import { fail, type Result } from "../result";
import { requireAuthor } from "./course-access";

type Details = Omit<CourseDetailsInput, "description"> & { description: string };

/** A new draft course, owned by its creator, placed last in its track. Learners do not see it until it is published. */
export async function createCourse(input: Details): Promise<Result<{ courseId: string }, keyof CourseDetailsInput>> {
  const viewer = await requireAuthor();
  const track = await db.track.findUnique({ where: { id: input.trackId }, select: { id: true } });
  if (!track) return fail("That track does not exist.", "trackId");
  const courseId = await db.$transaction(async (tx) => {
    const taken = await tx.course.findMany({ select: { slug: true } });
    const last = await tx.course.aggregate({ where: { trackId: track.id }, _max: { order: true } });
    const course = await tx.course.create({
      data: {
        slug: uniqueSlug(input.title, taken.map((c) => c.slug)),
        trackId: track.id,
        title: input.title,
        summary: input.summary,
        description: input.description,
        level: input.level,
        order: (last._max.order ?? 0) + 1,
        published: false,
        studioEditedAt: new Date(),
        authors: { create: { userId: viewer.id, owner: true } },
      },
      select: { id: true },
    });
    await recordAudit({ action: "course.created", actor: viewer, subject: { type: "course", id: course.id }, detail: { title: input.title } }, tx);
    return course.id;
  });
  return { ok: true, courseId };
}
