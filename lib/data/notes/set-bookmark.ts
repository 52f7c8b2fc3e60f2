import "server-only";
import { db } from "@/lib/db";
import { fail, type Result } from "../result";
import { requireViewer } from "../viewer";
import { publishedLessonPath } from "../lessons/published-lesson-path";

export async function setBookmark(lessonId: string, bookmarked: boolean): Promise<Result<{ path: string }, "lessonId">> {
  const viewer = await requireViewer();
  const path = await publishedLessonPath(lessonId);
  if (!path) return fail("That lesson does not exist.", "lessonId");
  if (bookmarked) {
    await db.bookmark.upsert({ where: { userId_lessonId: { userId: viewer.id, lessonId } }, create: { userId: viewer.id, lessonId }, update: {} });
  } else {
    await db.bookmark.deleteMany({ where: { userId: viewer.id, lessonId } });
  }
  return { ok: true, path };
}
