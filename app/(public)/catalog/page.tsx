import type { Metadata } from "next";
import { CourseCard } from "@/components/catalog/course-card";
import { listCatalog } from "@/lib/data/catalog/list-catalog";

export const metadata: Metadata = { title: "Catalog" };

export default async function CatalogPage() {
  const tracks = await listCatalog();
  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">Catalog</h1>
      <p className="mt-2 max-w-2xl text-slate-700 dark:text-slate-300">
        Five tracks for people who lead process improvement. Every course shows the certifications it prepares you for.
      </p>
      {tracks.map((track) => (
        <section key={track.slug} id={track.slug} aria-labelledby={`${track.slug}-heading`} className="mt-12 scroll-mt-20">
          <h2 id={`${track.slug}-heading`} className="text-xl font-bold">
            {track.title}
          </h2>
          <p className="mt-1 text-slate-700 dark:text-slate-300">{track.summary}</p>
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {track.courses.map((course) => (
              <li key={course.slug}>
                <CourseCard course={course} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
