import "server-only";
import { db } from "@/lib/db";
import { fail, type Result } from "../result";
import { requireViewer } from "../viewer";

export async function enrol(courseId: string): Promise<Result<{ courseSlug: string; firstLessonSlug: string | null }>> {
  const viewer = await requireViewer();
  const course = await db.course.findFirst({
    where: { id: courseId, published: true },
    select: {
      id: true,
      slug: true,
      modules: { orderBy: { order: "asc" }, take: 1, select: { lessons: { orderBy: { order: "asc" }, take: 1, select: { slug: true } } } },
    },
  });
  if (!course) return fail("That course does not exist.", "courseId");
  await db.enrollment.upsert({
    where: { userId_courseId: { userId: viewer.id, courseId: course.id } },
    create: { userId: viewer.id, courseId: course.id },
    update: { lastActivityAt: new Date() },
  });
  return { ok: true, courseSlug: course.slug, firstLessonSlug: course.modules[0]?.lessons[0]?.slug ?? null };
}
