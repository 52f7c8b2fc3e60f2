import "server-only";
import { db } from "@/lib/db";
import { requireViewer } from "../viewer";

export async function getMyLessonStudy(lessonId: string): Promise<{ note: string; noteUpdatedAt: Date | null; bookmarked: boolean }> {
  const viewer = await requireViewer();
  const [note, bookmark] = await Promise.all([
    db.lessonNote.findUnique({ where: { userId_lessonId: { userId: viewer.id, lessonId } }, select: { body: true, updatedAt: true } }),
    db.bookmark.findUnique({ where: { userId_lessonId: { userId: viewer.id, lessonId } }, select: { lessonId: true } }),
  ]);
  return { note: note?.body ?? "", noteUpdatedAt: note?.updatedAt ?? null, bookmarked: Boolean(bookmark) };
}
