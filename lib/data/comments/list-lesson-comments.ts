import "server-only";
import { canModerate } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { requireViewer } from "../viewer";

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
  const moderator = canModerate(viewer.role);
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
