import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CompleteLessonForm } from "@/app/(learner)/_components/complete-lesson-form";
import { LessonMarkdown } from "@/components/markdown/lesson-markdown";
import { ProgressBar } from "@/components/ui/progress-bar";
import { getCourseOutline } from "@/lib/data/catalog/get-course-outline";
import { getLesson } from "@/lib/data/catalog/get-lesson";
import { listLessonComments } from "@/lib/data/comments/list-lesson-comments";
import { getMyLessonStudy } from "@/lib/data/notes/get-my-lesson-study";
import { getCourseProgress } from "@/lib/data/progress/get-course-progress";
import { requireViewer } from "@/lib/data/viewer";
import { BookmarkButton } from "./_components/bookmark-button";
import { Discussion } from "./_components/discussion";
import { LessonPager } from "./_components/lesson-pager";
import { NotesPanel } from "./_components/notes-panel";

type Props = { params: Promise<{ course: string; lesson: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { course: courseSlug, lesson: lessonSlug } = await params;
  const course = await getCourseOutline(courseSlug);
  const lesson = course?.modules.flatMap((m) => m.lessons).find((l) => l.slug === lessonSlug);
  return { title: lesson ? `${lesson.title} · ${course!.title}` : "Lesson not found" };
}

export default async function LessonPage({ params }: Props) {
  await requireViewer();
  const { course: courseSlug, lesson: lessonSlug } = await params;
  const course = await getCourseOutline(courseSlug);
  if (!course) notFound();
  const [lesson, progress] = await Promise.all([getLesson(course.id, lessonSlug), getCourseProgress(course.id)]);
  if (!lesson) notFound();
  const [study, comments] = await Promise.all([getMyLessonStudy(lesson.id), listLessonComments(lesson.id)]);

  const lessons = course.modules.flatMap((m) => m.lessons);
  const index = lessons.findIndex((l) => l.id === lesson.id);
  const previous = lessons[index - 1];
  const next = lessons[index + 1];
  const done = new Set(progress.completedLessonIds);
  const href = (slug: string) => `/learn/${course.slug}/${slug}`;

  return (
    <div className="mx-auto grid max-w-6xl gap-10 px-4 py-8 lg:grid-cols-[16rem_1fr]">
      <aside aria-label="Course outline" className="order-2 lg:order-1">
        <Link href={`/courses/${course.slug}`} className="font-semibold hover:underline">
          {course.title}
        </Link>
        <div className="mt-3">
          <ProgressBar value={lessons.length ? (100 * done.size) / lessons.length : 0} label="Course progress" />
        </div>
        <ol className="mt-5 space-y-4 text-sm">
          {course.modules.map((mod) => (
            <li key={mod.id}>
              <p className="font-medium text-slate-800 dark:text-slate-200">{mod.title}</p>
              <ol className="mt-1 space-y-0.5">
                {mod.lessons.map((l) => (
                  <li key={l.id}>
                    <Link
                      href={href(l.slug)}
                      aria-current={l.id === lesson.id ? "page" : undefined}
                      className={`flex gap-2 rounded px-2 py-1 hover:bg-slate-100 dark:hover:bg-slate-800 ${
                        l.id === lesson.id ? "bg-brand-50 font-medium text-brand-800 dark:bg-emerald-950 dark:text-emerald-200" : "text-slate-700 dark:text-slate-300"
                      }`}
                    >
                      <span aria-hidden="true">{done.has(l.id) ? "✓" : "○"}</span>
                      <span>
                        {l.title}
                        {done.has(l.id) && <span className="sr-only"> (completed)</span>}
                      </span>
                    </Link>
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      </aside>

      <article className="order-1 min-w-0 lg:order-2">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Module {lesson.module.order}: {lesson.module.title} · {lesson.minutes} min
        </p>
        <div className="mt-1 flex flex-wrap items-start justify-between gap-3">
          <h1 className="text-3xl font-bold tracking-tight">{lesson.title}</h1>
          <BookmarkButton lessonId={lesson.id} bookmarked={study.bookmarked} />
        </div>
        <section aria-labelledby="objectives-heading" className="mt-5 rounded-lg bg-slate-50 p-4 dark:bg-slate-900">
          <h2 id="objectives-heading" className="text-sm font-semibold">
            In this lesson you will learn to
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700 dark:text-slate-300">
            {lesson.objectives.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </section>
        <div className="mt-8">
          <LessonMarkdown source={lesson.body} />
        </div>
        <div className="mt-10 border-t border-slate-200 pt-6 dark:border-slate-800">
          <CompleteLessonForm lessonId={lesson.id} completed={done.has(lesson.id)} />
        </div>
        <div className="mt-8 rounded-lg bg-slate-50 p-4 dark:bg-slate-900">
          <NotesPanel lessonId={lesson.id} note={study.note} />
        </div>
        <LessonPager
          previous={previous && { href: href(previous.slug), title: previous.title }}
          next={next && { href: href(next.slug), title: next.title }}
        />
        <Discussion lessonId={lesson.id} comments={comments} />
      </article>
    </div>
  );
}
