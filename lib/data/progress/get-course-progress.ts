import "server-only";
import { db } from "@/lib/db";
import { getViewer } from "../viewer";

export type CourseProgress = { enrolled: boolean; completedLessonIds: string[] };

/** The viewer's enrolment and completed lessons in one course; empty for visitors. */
export async function getCourseProgress(courseId: string): Promise<CourseProgress> {
  const viewer = await getViewer();
  if (!viewer) return { enrolled: false, completedLessonIds: [] };
  const [enrollment, completions] = await Promise.all([
    db.enrollment.findUnique({ where: { userId_courseId: { userId: viewer.id, courseId } }, select: { id: true } }),
    db.lessonCompletion.findMany({
      where: { userId: viewer.id, lesson: { courseId } },
      select: { lessonId: true },
    }),
  ]);
  return { enrolled: Boolean(enrollment), completedLessonIds: completions.map((c) => c.lessonId) };
}
