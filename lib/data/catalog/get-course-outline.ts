import "server-only";
import { db } from "@/lib/db";
import { cache } from "react";
import { cachePublicContent } from "@/lib/data/catalog/public-content-cache";
import { PUBLISHED_LESSON, PUBLISHED_MODULE } from "@/lib/data/catalog/published";

export type OutlineLesson = { id: string; slug: string; title: string; minutes: number };

export type CourseOutline = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  description: string;
  level: string;
  track: { slug: string; title: string };
  certifications: { code: string; name: string; domains: string[]; educationHours: number }[];
  modules: { id: string; slug: string; title: string; summary: string; lessons: OutlineLesson[] }[];
  lessonCount: number;
  minutes: number;
};

/** A published course's outline, the same for every visitor. */
export const getCourseOutline = cache(
  cachePublicContent("course-outline", async (slug: string): Promise<CourseOutline | null> => {
    const course = await db.course.findFirst({
      where: { slug, published: true },
      select: {
        id: true,
        slug: true,
        title: true,
        summary: true,
        description: true,
        level: true,
        track: { select: { slug: true, title: true } },
        certifications: { select: { domains: true, educationHours: true, target: { select: { code: true, name: true } } } },
        modules: {
          where: PUBLISHED_MODULE,
          orderBy: { order: "asc" },
          select: {
            id: true,
            slug: true,
            title: true,
            summary: true,
            lessons: { where: PUBLISHED_LESSON, orderBy: { order: "asc" }, select: { id: true, slug: true, title: true, minutes: true } },
          },
        },
      },
    });
    if (!course) return null;
    const lessons = course.modules.flatMap((m) => m.lessons);
    return {
      ...course,
      certifications: course.certifications.map((c) => ({
        code: c.target.code,
        name: c.target.name,
        domains: c.domains.split(",").filter(Boolean),
        educationHours: c.educationHours,
      })),
      lessonCount: lessons.length,
      minutes: lessons.reduce((sum, l) => sum + l.minutes, 0),
    };
  }),
);
