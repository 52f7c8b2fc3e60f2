import "server-only";
import { db } from "@/lib/db";
import { fail, type Result } from "../result";
import { requireViewer } from "../viewer";
import { publishedLessonPath } from "../lessons/published-lesson-path";

export async function deleteComment(commentId: string): Promise<Result<{ lessonPath: string }, "commentId">> {
  const viewer = await requireViewer();
  const comment = await db.comment.findFirst({ where: { id: commentId, authorId: viewer.id, deletedAt: null }, select: { id: true, lessonId: true } });
  if (!comment) return fail("You can only delete your own comments.", "commentId");
  await db.comment.update({ where: { id: comment.id }, data: { body: "", deletedAt: new Date() } });
  return { ok: true, lessonPath: (await publishedLessonPath(comment.lessonId)) ?? "/" };
}
