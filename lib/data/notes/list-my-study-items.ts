import "server-only";
import { db } from "@/lib/db";
import { requireViewer } from "../viewer";

export type StudyItem = { lessonTitle: string; courseTitle: string; href: string; at: Date; excerpt?: string };

/** The viewer's notes and bookmarks, newest first, for their home page. */
export async function listMyStudyItems(): Promise<{ notes: StudyItem[]; bookmarks: StudyItem[] }> {
  const viewer = await requireViewer();
  const lesson = { select: { title: true, slug: true, course: { select: { title: true, slug: true } } } };
  const [notes, bookmarks] = await Promise.all([
    db.lessonNote.findMany({ where: { userId: viewer.id }, orderBy: { updatedAt: "desc" }, take: 20, select: { body: true, updatedAt: true, lesson } }),
    db.bookmark.findMany({ where: { userId: viewer.id }, orderBy: { createdAt: "desc" }, take: 20, select: { createdAt: true, lesson } }),
  ]);
  const item = (l: (typeof notes)[number]["lesson"], at: Date, excerpt?: string): StudyItem => ({
    lessonTitle: l.title,
    courseTitle: l.course.title,
    href: `/learn/${l.course.slug}/${l.slug}`,
    at,
    excerpt,
  });
  return {
    notes: notes.map((n) => item(n.lesson, n.updatedAt, n.body.length > 140 ? `${n.body.slice(0, 140)}…` : n.body)),
    bookmarks: bookmarks.map((b) => item(b.lesson, b.createdAt)),
  };
}
