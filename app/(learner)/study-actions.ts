"use server";

import { revalidatePath } from "next/cache";
import { deleteComment, editComment, postComment, setCommentHidden, type CommentResult } from "@/lib/data/comments";
import { saveNote, setBookmark } from "@/lib/data/notes";
import { requireRole, requireViewer } from "@/lib/data/viewer";
import { fieldErrorsOf, invalid, type FormState } from "@/lib/validation/form-state";
import { bookmarkSchema, commentIdSchema, editCommentSchema, hideCommentSchema, newCommentSchema, noteSchema } from "@/lib/validation/study";

type CommentFields = "lessonId" | "parentId" | "commentId" | "body" | "reason" | "hidden";

function afterComment(result: CommentResult, success: string): FormState<CommentFields> {
  if (!result.ok) return invalid({ [result.field]: result.error }, result.error);
  revalidatePath(result.lessonPath);
  return { status: "success", message: success };
}

export async function saveNoteAction(_prev: FormState<"lessonId" | "body">, formData: FormData): Promise<FormState<"lessonId" | "body">> {
  await requireViewer();
  const parsed = noteSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const result = await saveNote(parsed.data.lessonId, parsed.data.body);
  if (!result.ok) return invalid({ lessonId: result.error }, result.error);
  revalidatePath("/home");
  return { status: "success", message: parsed.data.body.trim() ? "Note saved." : "Note deleted." };
}

export async function bookmarkAction(_prev: FormState<"lessonId" | "bookmarked">, formData: FormData): Promise<FormState<"lessonId" | "bookmarked">> {
  await requireViewer();
  const parsed = bookmarkSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const result = await setBookmark(parsed.data.lessonId, parsed.data.bookmarked);
  if (!result.ok) return invalid({ lessonId: result.error }, result.error);
  revalidatePath(result.path);
  revalidatePath("/home");
  return { status: "success", message: parsed.data.bookmarked ? "Bookmarked." : "Bookmark removed." };
}

export async function postCommentAction(_prev: FormState<CommentFields>, formData: FormData): Promise<FormState<CommentFields>> {
  await requireViewer();
  const parsed = newCommentSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  return afterComment(await postComment(parsed.data), parsed.data.parentId ? "Reply posted." : "Comment posted.");
}

export async function editCommentAction(_prev: FormState<CommentFields>, formData: FormData): Promise<FormState<CommentFields>> {
  await requireViewer();
  const parsed = editCommentSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  return afterComment(await editComment(parsed.data), "Comment updated.");
}

export async function deleteCommentAction(_prev: FormState<CommentFields>, formData: FormData): Promise<FormState<CommentFields>> {
  await requireViewer();
  const parsed = commentIdSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  return afterComment(await deleteComment(parsed.data.commentId), "Comment deleted.");
}

export async function hideCommentAction(_prev: FormState<CommentFields>, formData: FormData): Promise<FormState<CommentFields>> {
  await requireRole("instructor", "admin");
  const parsed = hideCommentSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  return afterComment(await setCommentHidden(parsed.data), parsed.data.hidden ? "Comment hidden." : "Comment shown again.");
}
