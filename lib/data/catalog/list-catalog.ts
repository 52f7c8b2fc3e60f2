import "server-only";
import { db } from "@/lib/db";
import { cache } from "react";
import { cachePublicContent } from "@/lib/data/catalog/public-content-cache";
import { PUBLISHED_LESSON, PUBLISHED_MODULE } from "@/lib/data/catalog/published";

export type CatalogCourse = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  level: string;
  moduleCount: number;
  lessonCount: number;
  minutes: number;
  targets: string[];
};

export type CatalogTrack = { slug: string; title: string; summary: string; courses: CatalogCourse[] };

/** The public catalog: every track with its published courses, the same for every visitor. */
export const listCatalog = cache(
  cachePublicContent("list-catalog", async (): Promise<CatalogTrack[]> => {
    const [tracks, lessonStats] = await Promise.all([
      db.track.findMany({
        orderBy: { order: "asc" },
        select: {
          slug: true,
          title: true,
          summary: true,
          courses: {
            where: { published: true },
            orderBy: { order: "asc" },
            select: {
              id: true,
              slug: true,
              title: true,
              summary: true,
              level: true,
              _count: { select: { modules: { where: PUBLISHED_MODULE } } },
              certifications: { select: { target: { select: { code: true } } } },
            },
          },
        },
      }),
      db.lesson.groupBy({ by: ["courseId"], where: PUBLISHED_LESSON, _count: { _all: true }, _sum: { minutes: true } }),
    ]);
    const stats = new Map(lessonStats.map((s) => [s.courseId, s]));
    return tracks.map((t) => ({
      slug: t.slug,
      title: t.title,
      summary: t.summary,
      courses: t.courses.map((c) => ({
        id: c.id,
        slug: c.slug,
        title: c.title,
        summary: c.summary,
        level: c.level,
        moduleCount: c._count.modules,
        lessonCount: stats.get(c.id)?._count._all ?? 0,
        minutes: stats.get(c.id)?._sum.minutes ?? 0,
        targets: c.certifications.map((x) => x.target.code),
      })),
    }));
  }),
);
