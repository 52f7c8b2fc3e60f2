import "@/lib/validation/zod-config";
import { z } from "zod";
import { COMMENT_MAX, HIDE_REASON_MAX, NOTE_MAX } from "./study-limits";

const id = (what: string) => z.string({ error: `Missing ${what}.` }).trim().min(1, `Missing ${what}.`).max(64, `Unknown ${what}.`);

export { COMMENT_MAX, HIDE_REASON_MAX, NOTE_MAX };

export const noteSchema = z.object({
  lessonId: id("lesson"),
  body: z.string({ error: "Write your note." }).max(NOTE_MAX, `Notes are at most ${NOTE_MAX.toLocaleString("en")} characters.`),
});

export const bookmarkSchema = z.object({
  lessonId: id("lesson"),
  bookmarked: z.enum(["true", "false"], { error: "Say whether to bookmark the lesson." }).transform((v) => v === "true"),
});

const commentBody = z
  .string({ error: "Write a comment." })
  .trim()
  .min(1, "Write a comment.")
  .max(COMMENT_MAX, `Comments are at most ${COMMENT_MAX.toLocaleString("en")} characters.`);

export const newCommentSchema = z.object({
  lessonId: id("lesson"),
  parentId: id("comment").optional().or(z.literal("").transform(() => undefined)),
  body: commentBody,
});
export type NewCommentInput = z.input<typeof newCommentSchema>;

export const editCommentSchema = z.object({ commentId: id("comment"), body: commentBody });
export type EditCommentInput = z.input<typeof editCommentSchema>;

export const commentIdSchema = z.object({ commentId: id("comment") });

export const hideCommentSchema = z.object({
  commentId: id("comment"),
  hidden: z.enum(["true", "false"], { error: "Say whether to hide the comment." }).transform((v) => v === "true"),
  reason: z.string().trim().max(HIDE_REASON_MAX, `Reasons are at most ${HIDE_REASON_MAX} characters.`).optional(),
}).superRefine((v, ctx) => {
  if (v.hidden && !v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "Give a reason for hiding the comment." });
});
