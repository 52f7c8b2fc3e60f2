import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

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

/** The public catalog: every track with its published courses. */
export const listCatalog = cache(async (): Promise<CatalogTrack[]> => {
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
            _count: { select: { modules: true } },
            certifications: { select: { target: { select: { code: true } } } },
          },
        },
      },
    }),
    db.lesson.groupBy({ by: ["courseId"], _count: { _all: true }, _sum: { minutes: true } }),
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
});

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

export const getCourseOutline = cache(async (slug: string): Promise<CourseOutline | null> => {
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
        orderBy: { order: "asc" },
        select: {
          id: true,
          slug: true,
          title: true,
          summary: true,
          lessons: { orderBy: { order: "asc" }, select: { id: true, slug: true, title: true, minutes: true } },
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
});

export type LessonView = {
  id: string;
  slug: string;
  title: string;
  minutes: number;
  objectives: string[];
  body: string;
  module: { title: string; order: number };
};

/** One lesson's text. Lessons are for signed-in readers; the caller has checked that. */
export async function getLesson(courseId: string, lessonSlug: string): Promise<LessonView | null> {
  const lesson = await db.lesson.findUnique({
    where: { courseId_slug: { courseId, slug: lessonSlug } },
    select: {
      id: true,
      slug: true,
      title: true,
      minutes: true,
      objectives: true,
      body: true,
      module: { select: { title: true, order: true } },
    },
  });
  if (!lesson) return null;
  return { ...lesson, objectives: lesson.objectives.split("\n").filter(Boolean) };
}
