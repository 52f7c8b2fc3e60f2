import "server-only";
import { MODERATORS } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { fail, type Result } from "../result";
import { requireRole } from "../viewer";
import { publishedLessonPath } from "../lessons/published-lesson-path";

export async function setCommentHidden(input: { commentId: string; hidden: boolean; reason?: string }): Promise<Result<{ lessonPath: string }, "commentId">> {
  const moderator = await requireRole(...MODERATORS);
  const comment = await db.comment.findFirst({ where: { id: input.commentId, deletedAt: null }, select: { id: true, lessonId: true } });
  if (!comment) return fail("That comment does not exist.", "commentId");
  await db.comment.update({
    where: { id: comment.id },
    data: input.hidden
      ? { hiddenAt: new Date(), hiddenById: moderator.id, hiddenReason: input.reason }
      : { hiddenAt: null, hiddenById: null, hiddenReason: null },
  });
  return { ok: true, lessonPath: (await publishedLessonPath(comment.lessonId)) ?? "/" };
}
