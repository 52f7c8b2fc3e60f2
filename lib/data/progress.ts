import "server-only";
import { db } from "@/lib/db";
import { getViewer, requireViewer } from "./viewer";

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

export type EnrolResult = { ok: true; courseSlug: string; firstLessonSlug: string | null } | { ok: false; error: string };

export async function enrol(courseId: string): Promise<EnrolResult> {
  const viewer = await requireViewer();
  const course = await db.course.findFirst({
    where: { id: courseId, published: true },
    select: {
      id: true,
      slug: true,
      modules: { orderBy: { order: "asc" }, take: 1, select: { lessons: { orderBy: { order: "asc" }, take: 1, select: { slug: true } } } },
    },
  });
  if (!course) return { ok: false, error: "That course does not exist." };
  await db.enrollment.upsert({
    where: { userId_courseId: { userId: viewer.id, courseId: course.id } },
    create: { userId: viewer.id, courseId: course.id },
    update: { lastActivityAt: new Date() },
  });
  return { ok: true, courseSlug: course.slug, firstLessonSlug: course.modules[0]?.lessons[0]?.slug ?? null };
}

export type CompletionResult = { ok: true; courseId: string; courseSlug: string } | { ok: false; error: string };

/** Marks a lesson complete (or not) for the viewer, enrolling them in its course if needed. */
export async function setLessonCompleted(lessonId: string, completed: boolean): Promise<CompletionResult> {
  const viewer = await requireViewer();
  const lesson = await db.lesson.findFirst({
    where: { id: lessonId, course: { published: true } },
    select: { id: true, courseId: true, course: { select: { slug: true } } },
  });
  if (!lesson) return { ok: false, error: "That lesson does not exist." };
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

export type EnrolledCourse = {
  slug: string;
  title: string;
  trackTitle: string;
  totalLessons: number;
  completedLessons: number;
  percent: number;
  lastActivityAt: Date;
  next: { slug: string; title: string } | null;
};

/** The viewer's courses, most recently active first, each with the next lesson to study. */
export async function listMyCourses(): Promise<EnrolledCourse[]> {
  const viewer = await requireViewer();
  const enrollments = await db.enrollment.findMany({
    where: { userId: viewer.id },
    orderBy: { lastActivityAt: "desc" },
    select: {
      lastActivityAt: true,
      course: {
        select: {
          slug: true,
          title: true,
          track: { select: { title: true } },
          modules: {
            orderBy: { order: "asc" },
            select: {
              lessons: {
                orderBy: { order: "asc" },
                select: { slug: true, title: true, completions: { where: { userId: viewer.id }, select: { lessonId: true } } },
              },
            },
          },
        },
      },
    },
  });
  return enrollments.map(({ course, lastActivityAt }) => {
    const lessons = course.modules.flatMap((m) => m.lessons);
    const completed = lessons.filter((l) => l.completions.length > 0).length;
    const next = lessons.find((l) => l.completions.length === 0) ?? null;
    return {
      slug: course.slug,
      title: course.title,
      trackTitle: course.track.title,
      totalLessons: lessons.length,
      completedLessons: completed,
      percent: lessons.length ? Math.round((100 * completed) / lessons.length) : 0,
      lastActivityAt,
      next: next && { slug: next.slug, title: next.title },
    };
  });
}
