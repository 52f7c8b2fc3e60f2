import "server-only";
import { db } from "@/lib/db";
import { createSearchIndex, markdownToText, type SearchDocument, type SearchHit } from "@/lib/search/search-index";
import { requireViewer } from "../viewer";
import { PUBLISHED_LESSON } from "@/lib/data/catalog/published";
import { onPostgres } from "../sql-dialect";
import { searchCatalogPostgres } from "./search-catalog-postgres";

type Index = { version: string; search: ReturnType<typeof createSearchIndex> };

let cached: Index | undefined;

/** Changes whenever a course or lesson is added, removed or edited. */
async function contentVersion(): Promise<string> {
  const [lessons, courses] = await Promise.all([
    db.lesson.aggregate({ _count: { _all: true }, _max: { updatedAt: true } }),
    db.course.aggregate({ _count: { _all: true }, _max: { updatedAt: true } }),
  ]);
  return [lessons._count._all, lessons._max.updatedAt?.getTime(), courses._count._all, courses._max.updatedAt?.getTime()].join(":");
}

async function buildIndex(version: string): Promise<Index> {
  const courses = await db.course.findMany({
    where: { published: true },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      description: true,
      track: { select: { slug: true, title: true } },
      lessons: { where: PUBLISHED_LESSON, select: { id: true, slug: true, title: true, body: true, objectives: true } },
    },
  });
  const documents: SearchDocument[] = courses.flatMap((c) => [
    {
      id: `course:${c.id}`,
      kind: "course" as const,
      title: c.title,
      text: markdownToText(`${c.summary}\n${c.description}`),
      trackSlug: c.track.slug,
      trackTitle: c.track.title,
      courseTitle: c.title,
      href: `/courses/${c.slug}`,
    },
    ...c.lessons.map((l) => ({
      id: `lesson:${l.id}`,
      kind: "lesson" as const,
      title: l.title,
      text: markdownToText(`${l.objectives.split("\n").join(". ")}. ${l.body}`),
      trackSlug: c.track.slug,
      trackTitle: c.track.title,
      courseTitle: c.title,
      href: `/learn/${c.slug}/${l.slug}`,
    })),
  ]);
  return { version, search: createSearchIndex(documents) };
}

/**
 * Searches published courses and lessons; lesson text is for signed-in readers. On PostgreSQL
 * with its full-text search; on SQLite with a MiniSearch index kept in this process.
 */
export async function searchCatalog(query: string, track?: string): Promise<SearchHit[]> {
  await requireViewer();
  if (onPostgres()) return searchCatalogPostgres(query, track, 30);
  const version = await contentVersion();
  if (cached?.version !== version) cached = await buildIndex(version);
  return cached.search(query, { track, limit: 30 });
}
