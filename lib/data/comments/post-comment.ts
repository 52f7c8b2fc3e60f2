import "server-only";
import { overLimit, rateLimiter } from "../rate-limit";
import { db } from "@/lib/db";
import { fail, type Result } from "../result";
import { requireViewer } from "../viewer";
import { publishedLessonPath } from "../lessons/published-lesson-path";

// A handful of comments a minute is plenty for a person and stops floods.
// Counted across instances on PostgreSQL, like every limit (lib/data/rate-limit.ts).
export const COMMENTS_PER_MINUTE = 5;
const postLimiter = rateLimiter({ keyPrefix: "comment", points: COMMENTS_PER_MINUTE, duration: 60 });

export async function postComment(input: { lessonId: string; parentId?: string; body: string }): Promise<Result<{ lessonPath: string }, "body" | "lessonId" | "parentId">> {
  const viewer = await requireViewer();
  try {
    await postLimiter.consume(viewer.id);
  } catch (rejection) {
    if (!overLimit(rejection)) throw rejection;
    const seconds = Math.ceil(rejection.msBeforeNext / 1000);
    return fail(`You're posting quickly. Wait ${seconds} seconds, then try again.`, "body");
  }
  const lessonPath = await publishedLessonPath(input.lessonId);
  if (!lessonPath) return fail("That lesson does not exist.", "lessonId");
  let parentId: string | undefined;
  if (input.parentId) {
    const parent = await db.comment.findFirst({
      where: { id: input.parentId, lessonId: input.lessonId, deletedAt: null },
      select: { id: true, parentId: true },
    });
    if (!parent) return fail("The comment you replied to no longer exists.", "parentId");
    // Replies stay one level deep: a reply to a reply joins the same thread.
    parentId = parent.parentId ?? parent.id;
  }
  await db.comment.create({ data: { lessonId: input.lessonId, authorId: viewer.id, parentId, body: input.body } });
  return { ok: true, lessonPath };
}
