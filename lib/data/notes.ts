import "server-only";
import { db } from "@/lib/db";
import { requireViewer } from "./viewer";

/** The viewer's own note and bookmark on a lesson. */
export async function getMyLessonStudy(lessonId: string): Promise<{ note: string; noteUpdatedAt: Date | null; bookmarked: boolean }> {
  const viewer = await requireViewer();
  const [note, bookmark] = await Promise.all([
    db.lessonNote.findUnique({ where: { userId_lessonId: { userId: viewer.id, lessonId } }, select: { body: true, updatedAt: true } }),
    db.bookmark.findUnique({ where: { userId_lessonId: { userId: viewer.id, lessonId } }, select: { lessonId: true } }),
  ]);
  return { note: note?.body ?? "", noteUpdatedAt: note?.updatedAt ?? null, bookmarked: Boolean(bookmark) };
}

async function lessonPath(lessonId: string) {
  return db.lesson.findFirst({ where: { id: lessonId, course: { published: true } }, select: { id: true, slug: true, course: { select: { slug: true } } } });
}

export type StudyResult = { ok: true; path: string } | { ok: false; error: string };

/** Saves the viewer's note; an empty note deletes it. */
export async function saveNote(lessonId: string, body: string): Promise<StudyResult> {
  const viewer = await requireViewer();
  const lesson = await lessonPath(lessonId);
  if (!lesson) return { ok: false, error: "That lesson does not exist." };
  const key = { userId_lessonId: { userId: viewer.id, lessonId } };
  if (body.trim() === "") await db.lessonNote.deleteMany({ where: { userId: viewer.id, lessonId } });
  else await db.lessonNote.upsert({ where: key, create: { userId: viewer.id, lessonId, body }, update: { body } });
  return { ok: true, path: `/learn/${lesson.course.slug}/${lesson.slug}` };
}

export async function setBookmark(lessonId: string, bookmarked: boolean): Promise<StudyResult> {
  const viewer = await requireViewer();
  const lesson = await lessonPath(lessonId);
  if (!lesson) return { ok: false, error: "That lesson does not exist." };
  if (bookmarked) {
    await db.bookmark.upsert({ where: { userId_lessonId: { userId: viewer.id, lessonId } }, create: { userId: viewer.id, lessonId }, update: {} });
  } else {
    await db.bookmark.deleteMany({ where: { userId: viewer.id, lessonId } });
  }
  return { ok: true, path: `/learn/${lesson.course.slug}/${lesson.slug}` };
}

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
