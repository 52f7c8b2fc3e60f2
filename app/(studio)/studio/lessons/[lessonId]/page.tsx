import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { getStudioLesson } from "@/lib/data/studio/get-studio-lesson";
import { LessonEditor } from "./_components/lesson-editor";

export const metadata: Metadata = { title: "Edit lesson" };

type Props = { params: Promise<{ lessonId: string }> };

export default async function StudioLessonPage({ params }: Props) {
  const lesson = await getStudioLesson((await params).lessonId);
  if (!lesson) notFound();
  return (
    <div className="mx-auto max-w-7xl px-4 py-10">
      <p className="text-sm">
        <Link href={`/studio/courses/${lesson.course.id}`} className="text-brand-700 underline-offset-2 hover:underline dark:text-emerald-300">
          {lesson.course.title}
        </Link>
        <span className="text-slate-600 dark:text-slate-400"> · {lesson.module.title}</span>
      </p>
      <div className="mt-1 flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-bold tracking-tight">{lesson.content.title}</h1>
        {!lesson.published ? <Badge>Not yet published</Badge> : lesson.hasDraft ? <Badge>Draft changes</Badge> : <Badge tone="brand">Published</Badge>}
      </div>
      <p className="mt-2 max-w-3xl text-sm text-slate-700 dark:text-slate-300">
        {lesson.course.published
          ? "Saving keeps your changes as a draft; learners read the published version until you publish the course again."
          : "This course is a draft: learners see nothing of it until you publish it."}
      </p>
      <LessonEditor lessonId={lesson.id} content={lesson.content} />
    </div>
  );
}
