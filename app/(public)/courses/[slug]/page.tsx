import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EnrolButton } from "@/components/catalog/enrol-button";
import { ModuleQuizButton } from "@/components/catalog/module-quiz-button";
import { LessonMarkdown } from "@/components/markdown/lesson-markdown";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { ProgressBar } from "@/components/ui/progress-bar";
import { listModuleQuizzes } from "@/lib/data/attempts/list-module-quizzes";
import { getCourseOutline } from "@/lib/data/catalog/get-course-outline";
import { getCourseProgress } from "@/lib/data/progress/get-course-progress";
import { getViewer } from "@/lib/data/viewer";
import { formatHours, formatMinutes } from "@/lib/format";
import { cardClass } from "@/components/ui/card";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const course = await getCourseOutline((await params).slug);
  return { title: course?.title ?? "Course not found" };
}

export default async function CoursePage({ params }: Props) {
  const course = await getCourseOutline((await params).slug);
  if (!course) notFound();
  const [viewer, progress] = await Promise.all([getViewer(), getCourseProgress(course.id)]);
  const quizzes = viewer ? new Map((await listModuleQuizzes(course.id)).map((q) => [q.moduleId, q])) : null;
  const done = new Set(progress.completedLessonIds);
  const lessons = course.modules.flatMap((m) => m.lessons);
  const next = lessons.find((l) => !done.has(l.id)) ?? lessons[0];
  const percent = lessons.length ? (100 * done.size) / lessons.length : 0;

  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
        <Link href="/catalog" className="hover:underline">
          Catalog
        </Link>{" "}
        /{" "}
        <Link href={`/catalog#${course.track.slug}`} className="hover:underline">
          {course.track.title}
        </Link>
      </nav>
      <div className="mt-3 grid gap-10 lg:grid-cols-[1fr_20rem]">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">{course.title}</h1>
          <p className="mt-2 text-lg text-slate-700 dark:text-slate-300">{course.summary}</p>
          <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
            {course.level} · {course.modules.length} modules · {course.lessonCount} lessons · {formatMinutes(course.minutes)} of study
          </p>
          <div className="mt-6">
            <LessonMarkdown source={course.description} />
          </div>

          <h2 className="mt-10 text-xl font-bold">Modules and lessons</h2>
          <ol className="mt-4 space-y-6">
            {course.modules.map((mod, i) => (
              <li key={mod.id} className={cardClass}>
                <h3 className="font-semibold">
                  Module {i + 1}: {mod.title}
                </h3>
                <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{mod.summary}</p>
                <ol className="mt-3 divide-y divide-slate-100 dark:divide-slate-800">
                  {mod.lessons.map((lesson) => (
                    <li key={lesson.id} className="flex items-center justify-between gap-4 py-2 text-sm">
                      <span className="flex items-center gap-2">
                        {done.has(lesson.id) ? (
                          <span className="text-brand-700 dark:text-emerald-300" aria-label="Completed">
                            ✓
                          </span>
                        ) : (
                          <span aria-hidden="true" className="text-slate-400">
                            ○
                          </span>
                        )}
                        {viewer ? (
                          <Link href={`/learn/${course.slug}/${lesson.slug}`} className="hover:underline">
                            {lesson.title}
                          </Link>
                        ) : (
                          <span>{lesson.title}</span>
                        )}
                      </span>
                      <span className="shrink-0 text-slate-600 tabular-nums dark:text-slate-400">{lesson.minutes} min</span>
                    </li>
                  ))}
                </ol>
                {quizzes?.get(mod.id)?.questionCount ? (
                  <ModuleQuizButton moduleTitle={mod.title} {...quizzes.get(mod.id)!} />
                ) : null}
              </li>
            ))}
          </ol>
        </div>

        <aside className="space-y-6 lg:sticky lg:top-6 lg:self-start">
          <div className={cardClass}>
            {!viewer ? (
              <>
                <p className="text-sm text-slate-700 dark:text-slate-300">Sign in to enrol, read the lessons and track your progress.</p>
                <Link href={`/sign-in?callbackUrl=/courses/${course.slug}`} className={buttonClass("primary", "mt-4 w-full")}>
                  Sign in to enrol
                </Link>
              </>
            ) : progress.enrolled ? (
              <>
                <h2 className="text-sm font-semibold">Your progress</h2>
                <div className="mt-2">
                  <ProgressBar value={percent} label={`${course.title} progress`} />
                </div>
                <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                  {done.size} of {lessons.length} lessons complete
                </p>
                {next && (
                  <Link href={`/learn/${course.slug}/${next.slug}`} className={buttonClass("primary", "mt-4 w-full")}>
                    {done.size === 0 ? "Start the first lesson" : done.size === lessons.length ? "Review the course" : "Continue"}
                  </Link>
                )}
              </>
            ) : (
              <EnrolButton courseId={course.id} courseTitle={course.title} />
            )}
          </div>
          <div className={cardClass}>
            <h2 className="text-sm font-semibold">Prepares you for</h2>
            <ul className="mt-3 space-y-3">
              {course.certifications.map((c) => (
                <li key={c.code} className="text-sm">
                  <div className="flex items-center gap-2">
                    <Badge tone="brand">{c.code}</Badge>
                    <span className="font-medium">{c.name}</span>
                  </div>
                  <p className="mt-1 text-slate-600 dark:text-slate-400">
                    Domains: {c.domains.map((d) => d.replace(/-/g, " ")).join(", ")} · {formatHours(c.educationHours)} education
                  </p>
                </li>
              ))}
            </ul>
          </div>
        </aside>
      </div>
    </div>
  );
}
