import "server-only";
import { db } from "@/lib/db";
import { fail, type Result } from "../result";
import { requireViewer } from "../viewer";
import { PUBLISHED_LESSON } from "@/lib/data/catalog/published";

/** Marks a lesson complete (or not) for the viewer, enrolling them in its course if needed. */
export async function setLessonCompleted(lessonId: string, completed: boolean): Promise<Result<{ courseId: string; courseSlug: string }>> {
  const viewer = await requireViewer();
  const lesson = await db.lesson.findFirst({
    where: { id: lessonId, ...PUBLISHED_LESSON, course: { published: true } },
    select: { id: true, courseId: true, course: { select: { slug: true } } },
  });
  if (!lesson) return fail("That lesson does not exist.", "lessonId");
  const now = new Date();
  await db.$transaction([
    db.enrollment.upsert({
      where: { userId_courseId: { userId: viewer.id, courseId: lesson.courseId } },
      create: { userId: viewer.id, courseId: lesson.courseId, lastActivityAt: now },
      update: { lastActivityAt: now },
    }),
    completed
      ? db.lessonCompletion.upsert({
          where: { userId_lessonId: { userId: viewer.id, lessonId: lesson.id } },
          create: { userId: viewer.id, lessonId: lesson.id, completedAt: now },
          update: {},
        })
      : db.lessonCompletion.deleteMany({ where: { userId: viewer.id, lessonId: lesson.id } }),
  ]);
  return { ok: true, courseId: lesson.courseId, courseSlug: lesson.course.slug };
}
