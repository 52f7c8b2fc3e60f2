import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { listCatalog } from "@/lib/data/catalog/list-catalog";
import { searchCatalog } from "@/lib/data/search/search-catalog";
import { requireViewer } from "@/lib/data/viewer";
import { searchParamsSchema } from "@/lib/validation/search";

export const metadata: Metadata = { title: "Search" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: Props) {
  await requireViewer();
  const { q, track } = searchParamsSchema.parse(await searchParams);
  const [tracks, hits] = await Promise.all([listCatalog(), q ? searchCatalog(q, track) : Promise.resolve([])]);

  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">Search</h1>
      <form role="search" method="get" className="mt-6 grid gap-3 sm:grid-cols-[1fr_14rem_auto]">
        <div>
          <label htmlFor="search-q" className="sr-only">
            Search courses and lessons
          </label>
          <input
            id="search-q"
            name="q"
            type="search"
            defaultValue={q}
            maxLength={200}
            placeholder="Search courses and lessons"
            className="w-full rounded-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900"
          />
        </div>
        <div>
          <label htmlFor="search-track" className="sr-only">
            Track
          </label>
          <select
            id="search-track"
            name="track"
            defaultValue={track ?? ""}
            className="w-full rounded-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900"
          >
            <option value="">All tracks</option>
            {tracks.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.title}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit">Search</Button>
      </form>

      {q && (
        <p className="mt-6 text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
          {hits.length === 0 ? `No results for “${q}”.` : `${hits.length} ${hits.length === 1 ? "result" : "results"} for “${q}”`}
        </p>
      )}
      <ol className="mt-4 space-y-4">
        {hits.map((hit) => (
          <li key={hit.id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800" data-testid="search-hit">
            <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
              <Badge tone={hit.kind === "course" ? "brand" : "neutral"}>{hit.kind === "course" ? "Course" : "Lesson"}</Badge>
              <span>
                {hit.trackTitle}
                {hit.kind === "lesson" && ` · ${hit.courseTitle}`}
              </span>
            </div>
            <h2 className="mt-1 font-semibold">
              <Link href={hit.href} className="hover:underline">
                {hit.title}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
              {hit.snippet.map((s, i) =>
                s.match ? (
                  <mark key={i} className="rounded bg-amber-200 px-0.5 text-slate-950 dark:bg-amber-300">
                    {s.text}
                  </mark>
                ) : (
                  <span key={i}>{s.text}</span>
                ),
              )}
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
