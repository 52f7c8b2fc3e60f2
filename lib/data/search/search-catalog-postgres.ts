import "server-only";
import { db } from "@/lib/db";
import type { Segment, SearchHit } from "@/lib/search/search-index";

// ts_headline marks matches with these; control characters never occur in course text.
const START = "\u0002";
const STOP = "\u0003";
const HEADLINE = `StartSel=${START}, StopSel=${STOP}, MaxWords=35, MinWords=15, MaxFragments=1, FragmentDelimiter=" … "`;

type Row = { kind: "course" | "lesson"; id: string; title: string; trackSlug: string; trackTitle: string; courseTitle: string; href: string; score: number; headline: string };

/** ts_headline's marked text as the segments the search page renders. */
export function headlineSegments(headline: string): Segment[] {
  const segments: Segment[] = [];
  for (const [i, part] of headline.split(new RegExp(`[${START}${STOP}]`)).entries()) {
    if (part) segments.push({ text: part, match: i % 2 === 1 });
  }
  return segments;
}

/**
 * PostgreSQL's full-text search over published courses and lessons: the GIN-indexed "search"
 * columns of a PostgreSQL-only migration, ranked with ts_rank, highlighted with ts_headline.
 * The caller has checked the viewer.
 */
export async function searchCatalogPostgres(query: string, track: string | undefined, limit: number): Promise<SearchHit[]> {
  const rows = await db.$queryRaw<Row[]>`
    WITH q AS (SELECT websearch_to_tsquery('english', ${query}) AS query),
    hits AS (
      SELECT 'course' AS "kind", c."id", c."title", t."slug" AS "trackSlug", t."title" AS "trackTitle", c."title" AS "courseTitle",
             '/courses/' || c."slug" AS "href", ts_rank(c."search", q.query) AS "score", c."summary" || ' ' || c."description" AS "text", q.query
      FROM "Course" c JOIN "Track" t ON t."id" = c."trackId", q
      WHERE c."published" AND c."search" @@ q.query AND (${track ?? null}::text IS NULL OR t."slug" = ${track ?? null})
      UNION ALL
      SELECT 'lesson', l."id", l."title", t."slug", t."title", c."title",
             '/learn/' || c."slug" || '/' || l."slug", ts_rank(l."search", q.query), l."objectives" || ' ' || l."body", q.query
      FROM "Lesson" l JOIN "Course" c ON c."id" = l."courseId" JOIN "Track" t ON t."id" = c."trackId", q
      WHERE c."published" AND l."publishedAt" IS NOT NULL AND l."search" @@ q.query AND (${track ?? null}::text IS NULL OR t."slug" = ${track ?? null})
      ORDER BY "score" DESC, "title"
      LIMIT ${limit}
    )
    SELECT "kind", "id", "title", "trackSlug", "trackTitle", "courseTitle", "href", "score",
           ts_headline('english', "text", query, ${HEADLINE}) AS "headline"
    FROM hits ORDER BY "score" DESC, "title"`;
  return rows.map(({ headline, id, kind, score, ...hit }) => ({ ...hit, id: `${kind}:${id}`, kind, score: Number(score), snippet: headlineSegments(headline) }));
}
