import "server-only";
import { CONTENT_ROOT, loadContent } from "@/lib/content/load";
import { db } from "@/lib/db";
import { applyShippedCourse } from "@/prisma/import-content";
import { fail, type Result } from "../result";
import { findEditableCourse, NOT_YOURS, requireAuthor } from "./course-access";
import { learnerHistory } from "./learner-history";

type Resolved = Result<{ title: string }, "courseId">;

/**
 * Keeps the studio version and clears the notice. The import stored the
 * changed files' hash with the conflict, so importing the same files again
 * stays quiet; only a further change to them raises it again.
 */
export async function dismissShippedConflict(courseId: string): Promise<Resolved> {
  const viewer = await requireAuthor();
  const course = await findEditableCourse(viewer, courseId);
  if (!course) return fail(NOT_YOURS, "courseId");
  await db.course.update({ where: { id: course.id }, data: { shippedConflictAt: null } });
  return { ok: true, title: course.title };
}

/**
 * Replaces the course with its shipped files: details, outline and lesson
 * text as the files have them, studio drafts dropped, and the course follows
 * the files again on later imports. Modules and lessons the files share keep
 * learners' records; one the files do not have is deleted, so the swap is
 * refused while learners have records on such an item.
 */
export async function takeShippedCourse(courseId: string): Promise<Resolved> {
  const viewer = await requireAuthor();
  const course = await findEditableCourse(viewer, courseId);
  if (!course) return fail(NOT_YOURS, "courseId");
  const track = loadContent(CONTENT_ROOT).find((t) => t.courses.some((c) => c.slug === course.slug));
  const shipped = track?.courses.find((c) => c.slug === course.slug);
  if (!track || !shipped) return fail("This course has no shipped files to take.", "courseId");
  const [trackRow, targets] = await Promise.all([
    db.track.findUnique({ where: { slug: track.slug }, select: { id: true } }),
    db.certificationTarget.findMany({ select: { id: true, code: true } }),
  ]);
  const targetIds = new Map(targets.map((t) => [t.code, t.id]));
  if (!trackRow || shipped.certifications.some((c) => !targetIds.has(c.target))) {
    return fail("The shipped files name a track or certification this installation does not have yet; restart it to import them first.", "courseId");
  }
  const lessonSlugs = shipped.modules.flatMap((m) => m.lessons.map((l) => l.slug));
  const moduleSlugs = shipped.modules.map((m) => m.slug);
  const history = await db.$transaction(async (tx) => {
    const held = await learnerHistory(tx, { courseId: course.id, slug: { notIn: lessonSlugs } }, { courseId: course.id, slug: { notIn: moduleSlugs } });
    if (held.length) return held;
    await applyShippedCourse(tx, shipped, trackRow.id, targetIds, new Date());
    await tx.course.update({ where: { id: course.id }, data: { studioEditedAt: null, shippedConflictAt: null } });
    return [];
  });
  if (history.length) {
    return fail(
      `The shipped files do not have some modules or lessons added here, and learners have ${history.join(", ")} on them: taking the files would delete those records. Keep the studio version instead.`,
      "courseId",
    );
  }
  return { ok: true, title: shipped.title };
}
