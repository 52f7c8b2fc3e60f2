import "server-only";
import { effectiveLesson, liveFields } from "@/lib/studio/lesson-draft";
import { publishProblems } from "@/lib/studio/publish-rules";
import { db } from "@/lib/db";
import { recordAudit } from "../audit/record-audit";
import { fail, type Result } from "../result";
import { editableBy, requireAuthor } from "./course-access";

/**
 * Publishes the course as its authors see it in the studio: drafts become the
 * lessons' text, new modules and lessons become visible, and the course joins
 * the catalogue. Refused, with every reason, while any module is empty, has no
 * quiz, or holds a lesson under 400 words. All or nothing.
 */
export async function publishCourse(courseId: string): Promise<Result<{ title: string }, "courseId">> {
  const viewer = await requireAuthor();
  const course = await db.course.findFirst({
    where: { id: courseId, ...editableBy(viewer) },
    select: {
      id: true,
      title: true,
      modules: {
        orderBy: { order: "asc" },
        select: {
          id: true,
          title: true,
          _count: { select: { questions: { where: { retired: false } } } },
          lessons: { orderBy: { order: "asc" }, select: { id: true, title: true, minutes: true, objectives: true, body: true, draft: true } },
        },
      },
    },
  });
  if (!course) return fail("That course does not exist, or you are not one of its authors.", "courseId");
  const problems = publishProblems({
    modules: course.modules.map((m) => ({ title: m.title, quizQuestions: m._count.questions, lessons: m.lessons.map((l) => effectiveLesson(l)) })),
  });
  if (problems.length) return fail(`Not published yet: ${problems.join(" ")}`, "courseId");
  const now = new Date();
  await db.$transaction(async (tx) => {
    for (const lesson of course.modules.flatMap((m) => m.lessons)) {
      if (lesson.draft) await tx.lesson.update({ where: { id: lesson.id }, data: liveFields(effectiveLesson(lesson)) });
    }
    await tx.lesson.updateMany({ where: { courseId: course.id, publishedAt: null }, data: { publishedAt: now } });
    await tx.module.updateMany({ where: { courseId: course.id, publishedAt: null }, data: { publishedAt: now } });
    await tx.course.update({ where: { id: course.id }, data: { published: true, studioEditedAt: now } });
    await recordAudit({ action: "course.published", actor: viewer, subject: { type: "course", id: course.id }, detail: { title: course.title } }, tx);
  });
  return { ok: true, title: course.title };
}

/** Takes the course out of the catalogue. Learners' enrolments, progress, notes and certificates stay; publishing again brings it back. */
export async function unpublishCourse(courseId: string): Promise<Result<{ title: string }, "courseId">> {
  const viewer = await requireAuthor();
  const course = await db.course.findFirst({ where: { id: courseId, ...editableBy(viewer) }, select: { id: true, title: true, published: true } });
  if (!course) return fail("That course does not exist, or you are not one of its authors.", "courseId");
  if (!course.published) return fail("This course is not published.", "courseId");
  await db.$transaction(async (tx) => {
    await tx.course.update({ where: { id: course.id }, data: { published: false, studioEditedAt: new Date() } });
    await recordAudit({ action: "course.unpublished", actor: viewer, subject: { type: "course", id: course.id }, detail: { title: course.title } }, tx);
  });
  return { ok: true, title: course.title };
}
