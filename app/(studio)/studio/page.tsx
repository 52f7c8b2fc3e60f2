import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { cardClass } from "@/components/ui/card";
import { DataTable } from "@/components/ui/table";
import { formatDate } from "@/lib/format";
import { listStudioCourses, listTracks } from "@/lib/data/studio/list-studio-courses";
import { CourseForm } from "./_components/course-form";

export const metadata: Metadata = { title: "Studio" };

export default async function StudioPage() {
  const [courses, tracks] = await Promise.all([listStudioCourses(), listTracks()]);
  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">Studio</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        The courses you own or co-author. Edits to a published course wait as drafts until you publish it again, so learners never read half-finished work.
      </p>
      {courses.length === 0 ? (
        <p className={`${cardClass} mt-6`}>You do not author any course yet. Create one below, or ask a course&apos;s owner to add you as a co-author.</p>
      ) : (
        <DataTable
          className="mt-6"
          caption="Your courses"
          columns={[{ label: "Course" }, { label: "State" }, { label: "Modules" }, { label: "Lessons" }, { label: "Changed" }]}
        >
          {courses.map((c) => (
            <tr key={c.id}>
              <td className="px-4 py-3">
                <Link href={`/studio/courses/${c.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-emerald-300">
                  {c.title}
                </Link>
                <span className="block text-xs text-slate-600 dark:text-slate-400">
                  {c.track}
                  {c.owner ? " · owner" : ""}
                </span>
              </td>
              <td className="space-x-1 px-4 py-3">
                <Badge tone={c.published ? "brand" : "neutral"}>{c.published ? "Published" : "Draft"}</Badge>
                {c.published && c.drafts > 0 && <Badge>{c.drafts} unpublished changes</Badge>}
                {c.conflict && <Badge>Shipped files changed</Badge>}
              </td>
              <td className="px-4 py-3 tabular-nums">{c.modules}</td>
              <td className="px-4 py-3 tabular-nums">{c.lessons}</td>
              <td className="px-4 py-3 whitespace-nowrap">{formatDate(c.updatedAt, "medium")}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <section aria-labelledby="new-course" className={`${cardClass} mt-10 max-w-3xl`}>
        <h2 id="new-course" className="text-xl font-bold">
          New course
        </h2>
        <p className="mt-1 mb-4 text-sm text-slate-600 dark:text-slate-400">It starts as a draft that only you and your co-authors see.</p>
        <CourseForm tracks={tracks} />
      </section>
    </div>
  );
}
