import "server-only";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { requireRole, requireViewer, type Viewer } from "./viewer";

// A handful of comments a minute is plenty for a person and stops floods.
// In memory: each app instance counts on its own.
export const COMMENTS_PER_MINUTE = 5;
const postLimiter = new RateLimiterMemory({ keyPrefix: "comment", points: COMMENTS_PER_MINUTE, duration: 60 });

export type CommentView = {
  id: string;
  authorName: string;
  /** Null when deleted, or hidden from this viewer. */
  body: string | null;
  createdAt: Date;
  edited: boolean;
  state: "visible" | "deleted" | "hidden";
  /** Shown to moderators and to the author. */
  hiddenReason: string | null;
  canEdit: boolean;
  canReply: boolean;
  canModerate: boolean;
  replies: CommentView[];
};

const isModerator = (viewer: Viewer) => viewer.role === "instructor" || viewer.role === "admin";

/**
 * The lesson's discussion as the viewer may see it. Only names leave the
 * server: never emails, never author ids.
 */
export async function listLessonComments(lessonId: string): Promise<CommentView[]> {
  const viewer = await requireViewer();
  const rows = await db.comment.findMany({
    where: { lessonId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      parentId: true,
      authorId: true,
      body: true,
      createdAt: true,
      editedAt: true,
      deletedAt: true,
      hiddenAt: true,
      hiddenReason: true,
      author: { select: { name: true } },
    },
  });
  const moderator = isModerator(viewer);
  const views = new Map<string, CommentView>();
  const top: CommentView[] = [];
  for (const row of rows) {
    const mine = row.authorId === viewer.id;
    const state = row.deletedAt ? "deleted" : row.hiddenAt ? "hidden" : "visible";
    const view: CommentView = {
      id: row.id,
      authorName: state === "deleted" ? "Deleted comment" : row.author.name,
      body: state === "deleted" || (state === "hidden" && !moderator && !mine) ? null : row.body,
      createdAt: row.createdAt,
      edited: Boolean(row.editedAt),
      state,
      hiddenReason: state === "hidden" && (moderator || mine) ? row.hiddenReason : null,
      canEdit: mine && state === "visible",
      canReply: state === "visible" && !row.parentId,
      canModerate: moderator && state !== "deleted",
      replies: [],
    };
    views.set(row.id, view);
    const parent = row.parentId ? views.get(row.parentId) : undefined;
    if (parent) parent.replies.push(view);
    else top.push(view);
  }
  return top;
}

export type CommentResult = { ok: true; lessonPath: string } | { ok: false; field: "body" | "lessonId" | "parentId" | "commentId"; error: string };

async function lessonPathOf(lessonId: string): Promise<string | null> {
  const lesson = await db.lesson.findFirst({ where: { id: lessonId, course: { published: true } }, select: { slug: true, course: { select: { slug: true } } } });
  return lesson && `/learn/${lesson.course.slug}/${lesson.slug}`;
}

export async function postComment(input: { lessonId: string; parentId?: string; body: string }): Promise<CommentResult> {
  const viewer = await requireViewer();
  try {
    await postLimiter.consume(viewer.id);
  } catch (rejection) {
    const seconds = Math.ceil(((rejection as { msBeforeNext?: number }).msBeforeNext ?? 60_000) / 1000);
    return { ok: false, field: "body", error: `You're posting quickly. Wait ${seconds} seconds, then try again.` };
  }
  const lessonPath = await lessonPathOf(input.lessonId);
  if (!lessonPath) return { ok: false, field: "lessonId", error: "That lesson does not exist." };
  let parentId: string | undefined;
  if (input.parentId) {
    const parent = await db.comment.findFirst({
      where: { id: input.parentId, lessonId: input.lessonId, deletedAt: null },
      select: { id: true, parentId: true },
    });
    if (!parent) return { ok: false, field: "parentId", error: "The comment you replied to no longer exists." };
    // Replies stay one level deep: a reply to a reply joins the same thread.
    parentId = parent.parentId ?? parent.id;
  }
  await db.comment.create({ data: { lessonId: input.lessonId, authorId: viewer.id, parentId, body: input.body } });
  return { ok: true, lessonPath };
}

export async function editComment(input: { commentId: string; body: string }): Promise<CommentResult> {
  const viewer = await requireViewer();
  const comment = await db.comment.findFirst({
    where: { id: input.commentId, authorId: viewer.id, deletedAt: null, hiddenAt: null },
    select: { id: true, lessonId: true },
  });
  if (!comment) return { ok: false, field: "commentId", error: "You can only edit your own comments." };
  await db.comment.update({ where: { id: comment.id }, data: { body: input.body, editedAt: new Date() } });
  return { ok: true, lessonPath: (await lessonPathOf(comment.lessonId)) ?? "/" };
}

export async function deleteComment(commentId: string): Promise<CommentResult> {
  const viewer = await requireViewer();
  const comment = await db.comment.findFirst({ where: { id: commentId, authorId: viewer.id, deletedAt: null }, select: { id: true, lessonId: true } });
  if (!comment) return { ok: false, field: "commentId", error: "You can only delete your own comments." };
  await db.comment.update({ where: { id: comment.id }, data: { body: "", deletedAt: new Date() } });
  return { ok: true, lessonPath: (await lessonPathOf(comment.lessonId)) ?? "/" };
}

export async function setCommentHidden(input: { commentId: string; hidden: boolean; reason?: string }): Promise<CommentResult> {
  const moderator = await requireRole("instructor", "admin");
  const comment = await db.comment.findFirst({ where: { id: input.commentId, deletedAt: null }, select: { id: true, lessonId: true } });
  if (!comment) return { ok: false, field: "commentId", error: "That comment does not exist." };
  await db.comment.update({
    where: { id: comment.id },
    data: input.hidden
      ? { hiddenAt: new Date(), hiddenById: moderator.id, hiddenReason: input.reason }
      : { hiddenAt: null, hiddenById: null, hiddenReason: null },
  });
  return { ok: true, lessonPath: (await lessonPathOf(comment.lessonId)) ?? "/" };
}
