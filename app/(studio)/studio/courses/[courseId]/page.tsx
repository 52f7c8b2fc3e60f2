import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { cardClass } from "@/components/ui/card";
import { noticeClass } from "@/components/ui/notice";
import { formatDateTime } from "@/lib/format";
import { levelOf } from "@/lib/validation/studio";
import { getStudioCourse } from "@/lib/data/studio/get-studio-course";
import { listTracks } from "@/lib/data/studio/list-studio-courses";
import { CourseForm } from "../../_components/course-form";
import { AddModuleForm, CoauthorForm, PublishForm } from "./_components/course-forms";
import { Outline } from "./_components/outline";
import { ShippedConflictChoices } from "./_components/shipped-conflict";

export const metadata: Metadata = { title: "Edit course" };

type Props = { params: Promise<{ courseId: string }> };

export default async function StudioCoursePage({ params }: Props) {
  const { courseId } = await params;
  const [course, tracks] = await Promise.all([getStudioCourse(courseId), listTracks()]);
  if (!course) notFound();
  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <p className="text-sm">
        <Link href="/studio" className="text-brand-700 underline-offset-2 hover:underline dark:text-emerald-300">
          Studio
        </Link>
      </p>
      <div className="mt-1 flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-bold tracking-tight">{course.title}</h1>
        <Badge tone={course.published ? "brand" : "neutral"}>{course.published ? "Published" : "Draft"}</Badge>
        {course.published && (
          <Link href={`/courses/${course.slug}`} className="text-sm text-brand-700 underline-offset-2 hover:underline dark:text-emerald-300">
            View as a learner
          </Link>
        )}
      </div>

      {course.shippedConflictAt && (
        <section aria-label="Shipped files changed" className={noticeClass("warning", "mt-4")}>
          <p role="status">
            The shipped files of this course (prisma/content) changed after it was edited here; the import on {formatDateTime(course.shippedConflictAt)} kept your studio
            version. Compare the files with this course, then keep this version (these files will not raise the notice again) or take the shipped one.
          </p>
          <ShippedConflictChoices courseId={course.id} />
        </section>
      )}

      <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-8">
          <section aria-labelledby="outline-heading">
            <h2 id="outline-heading" className="text-xl font-bold">
              Outline
            </h2>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
              Drag a module or lesson to reorder it, or use its move buttons. New modules and lessons, and lesson edits, reach learners when you publish.
            </p>
            <Outline courseId={course.id} modules={course.modules} />
            <div className={`${cardClass} mt-6`}>
              <h3 className="font-semibold">Add a module</h3>
              <AddModuleForm courseId={course.id} />
            </div>
          </section>
          <section aria-labelledby="details-heading" className={cardClass}>
            <h2 id="details-heading" className="mb-4 text-xl font-bold">
              Catalogue details
            </h2>
            <CourseForm tracks={tracks} course={{ courseId: course.id, title: course.title, summary: course.summary, description: course.description, level: levelOf(course.level), trackId: course.trackId }} />
          </section>
        </div>

        <aside className="space-y-6 max-lg:order-first">
          <section aria-labelledby="publish-heading" className={cardClass}>
            <h2 id="publish-heading" className="text-lg font-bold">
              Publishing
            </h2>
            {course.problems.length > 0 ? (
              <>
                <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">Before learners can see this version:</p>
                <ul className="mt-2 list-disc space-y-1 pl-5 text-sm" data-testid="publish-problems">
                  {course.problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
                {course.published && !course.unpublishedChanges ? "Learners see this course as it is here." : "Ready to publish."}
              </p>
            )}
            <PublishForm courseId={course.id} published={course.published} changes={course.unpublishedChanges} />
          </section>
          <section aria-labelledby="authors-heading" className={cardClass}>
            <h2 id="authors-heading" className="text-lg font-bold">
              Authors
            </h2>
            <ul className="mt-2 space-y-1 text-sm">
              {course.authors.map((a) => (
                <li key={a.user.id}>
                  {a.user.name} <span className="text-slate-600 dark:text-slate-400">({a.owner ? "owner" : "co-author"})</span>
                </li>
              ))}
              {course.authors.length === 0 && <li className="text-slate-600 dark:text-slate-400">Shipped course: admins edit it.</li>}
            </ul>
            {course.mayManageAuthors && <CoauthorForm courseId={course.id} />}
          </section>
        </aside>
      </div>
    </div>
  );
}
