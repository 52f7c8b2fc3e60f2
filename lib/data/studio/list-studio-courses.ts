import "server-only";
import { db } from "@/lib/db";
import { editableBy, requireAuthor } from "./course-access";

export type StudioCourseRow = {
  id: string;
  title: string;
  track: string;
  published: boolean;
  modules: number;
  lessons: number;
  drafts: number;
  owner: boolean;
  updatedAt: Date;
  conflict: boolean;
};

/** The courses the viewer may edit, most recently changed first. */
export async function listStudioCourses(): Promise<StudioCourseRow[]> {
  const viewer = await requireAuthor();
  const courses = await db.course.findMany({
    where: editableBy(viewer),
    orderBy: [{ updatedAt: "desc" }],
    select: {
      id: true,
      title: true,
      published: true,
      updatedAt: true,
      shippedConflictAt: true,
      track: { select: { title: true } },
      authors: { where: { userId: viewer.id }, select: { owner: true } },
      _count: { select: { modules: true, lessons: true } },
      lessons: { where: { OR: [{ draft: { not: null } }, { publishedAt: null }] }, select: { id: true } },
    },
  });
  return courses.map((c) => ({
    id: c.id,
    title: c.title,
    track: c.track.title,
    published: c.published,
    modules: c._count.modules,
    lessons: c._count.lessons,
    drafts: c.lessons.length,
    owner: c.authors[0]?.owner ?? false,
    updatedAt: c.updatedAt,
    conflict: c.shippedConflictAt !== null,
  }));
}

/** Tracks a new course can join. */
export async function listTracks(): Promise<{ id: string; title: string }[]> {
  await requireAuthor();
  return db.track.findMany({ orderBy: { order: "asc" }, select: { id: true, title: true } });
}
