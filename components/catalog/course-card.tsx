import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { type CatalogCourse } from "@/lib/data/catalog/list-catalog";
import { formatMinutes } from "@/lib/format";

export function CourseCard({ course }: { course: CatalogCourse }) {
  return (
    <article className="flex h-full flex-col rounded-xl border border-slate-200 bg-white p-5 shadow-sm transition-shadow hover:shadow-md dark:border-slate-800 dark:bg-slate-900">
      <div className="mb-2 flex flex-wrap gap-1.5">
        {course.targets.map((t) => (
          <Badge key={t} tone="brand">
            {t}
          </Badge>
        ))}
        <Badge>{course.level}</Badge>
      </div>
      <h3 className="text-lg font-semibold">
        <Link href={`/courses/${course.slug}`} className="hover:underline">
          {course.title}
        </Link>
      </h3>
      <p className="mt-1 flex-1 text-sm text-slate-700 dark:text-slate-300">{course.summary}</p>
      <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">
        {course.moduleCount} modules · {course.lessonCount} lessons · {formatMinutes(course.minutes)}
      </p>
    </article>
  );
}
