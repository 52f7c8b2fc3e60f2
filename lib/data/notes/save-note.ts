import "server-only";
import { db } from "@/lib/db";
import { fail, type Result } from "../result";
import { requireViewer } from "../viewer";
import { publishedLessonPath } from "../lessons/published-lesson-path";

export async function saveNote(lessonId: string, body: string): Promise<Result<{ path: string }, "lessonId">> {
  const viewer = await requireViewer();
  const path = await publishedLessonPath(lessonId);
  if (!path) return fail("That lesson does not exist.", "lessonId");
  const key = { userId_lessonId: { userId: viewer.id, lessonId } };
  if (body.trim() === "") await db.lessonNote.deleteMany({ where: { userId: viewer.id, lessonId } });
  else await db.lessonNote.upsert({ where: key, create: { userId: viewer.id, lessonId, body }, update: { body } });
  return { ok: true, path };
}
