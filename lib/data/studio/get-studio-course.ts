import "server-only";
import { countWords } from "@/lib/content/words";
import { effectiveLesson } from "@/lib/studio/lesson-draft";
import type { StudioModule } from "@/lib/studio/outline";
import { publishProblems } from "@/lib/studio/publish-rules";
import { db } from "@/lib/db";
import { editableBy, requireAuthor } from "./course-access";


/** One course as its authors edit it: details, the outline with drafts applied, authors and what stands in the way of publishing. */
export async function getStudioCourse(courseId: string) {
  const viewer = await requireAuthor();
  const course = await db.course.findFirst({
    where: { id: courseId, ...editableBy(viewer) },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      description: true,
      level: true,
      trackId: true,
      published: true,
      shippedConflictAt: true,
      authors: { orderBy: [{ owner: "desc" }, { createdAt: "asc" }], select: { owner: true, user: { select: { id: true, name: true, email: true } } } },
      modules: {
        orderBy: { order: "asc" },
        select: {
          id: true,
          title: true,
          summary: true,
          publishedAt: true,
          _count: { select: { questions: { where: { retired: false } } } },
          lessons: { orderBy: { order: "asc" }, select: { id: true, title: true, minutes: true, objectives: true, body: true, draft: true, publishedAt: true } },
        },
      },
    },
  });
  if (!course) return null;
  const modules: StudioModule[] = course.modules.map((m) => ({
    id: m.id,
    title: m.title,
    summary: m.summary,
    published: m.publishedAt !== null,
    quizQuestions: m._count.questions,
    lessons: m.lessons.map((l) => {
      const current = effectiveLesson(l);
      return { id: l.id, title: current.title, words: countWords(current.body), minutes: current.minutes, published: l.publishedAt !== null, hasDraft: l.draft !== null };
    }),
  }));
  const problems = publishProblems({
    modules: course.modules.map((m) => ({ title: m.title, quizQuestions: m._count.questions, lessons: m.lessons.map((l) => effectiveLesson(l)) })),
  });
  const mayManageAuthors = viewer.role === "admin" || course.authors.some((a) => a.owner && a.user.id === viewer.id);
  return { ...course, modules, problems, mayManageAuthors, unpublishedChanges: modules.some((m) => !m.published || m.lessons.some((l) => !l.published || l.hasDraft)) };
}

export type StudioCourse = NonNullable<Awaited<ReturnType<typeof getStudioCourse>>>;
