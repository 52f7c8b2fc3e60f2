"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/action-client";
import { MODERATORS } from "@/lib/auth/roles";
import { deleteComment } from "@/lib/data/comments/delete-comment";
import { editComment } from "@/lib/data/comments/edit-comment";
import { postComment } from "@/lib/data/comments/post-comment";
import { setCommentHidden } from "@/lib/data/comments/set-comment-hidden";
import { saveNote } from "@/lib/data/notes/save-note";
import { setBookmark } from "@/lib/data/notes/set-bookmark";
import type { Result } from "@/lib/data/result";
import { bookmarkSchema, commentIdSchema, editCommentSchema, hideCommentSchema, newCommentSchema, noteSchema } from "@/lib/validation/study";

function afterComment(result: Result<{ lessonPath: string }>, message: string) {
  if (!result.ok) return result;
  revalidatePath(result.lessonPath);
  return { ok: true as const, message };
}

export const saveNoteAction = formAction({
  access: "signed-in",
  schema: noteSchema,
  run: async ({ lessonId, body }) => {
    const result = await saveNote(lessonId, body);
    if (!result.ok) return result;
    revalidatePath("/home");
    return { ok: true, message: body.trim() ? "Note saved." : "Note deleted." };
  },
});

export const bookmarkAction = formAction({
  access: "signed-in",
  schema: bookmarkSchema,
  run: async ({ lessonId, bookmarked }) => {
    const result = await setBookmark(lessonId, bookmarked);
    if (!result.ok) return result;
    revalidatePath(result.path);
    revalidatePath("/home");
    return { ok: true, message: bookmarked ? "Bookmarked." : "Bookmark removed." };
  },
});

export const postCommentAction = formAction({
  access: "signed-in",
  schema: newCommentSchema,
  run: async (input) => afterComment(await postComment(input), input.parentId ? "Reply posted." : "Comment posted."),
});

export const editCommentAction = formAction({
  access: "signed-in",
  schema: editCommentSchema,
  run: async (input) => afterComment(await editComment(input), "Comment updated."),
});

export const deleteCommentAction = formAction({
  access: "signed-in",
  schema: commentIdSchema,
  run: async ({ commentId }) => afterComment(await deleteComment(commentId), "Comment deleted."),
});

export const hideCommentAction = formAction({
  access: MODERATORS,
  schema: hideCommentSchema,
  run: async (input) => afterComment(await setCommentHidden(input), input.hidden ? "Comment hidden." : "Comment shown again."),
});
