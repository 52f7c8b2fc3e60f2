import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

const counted = (n: number, one: string, many: string) => (n ? `${n} ${n === 1 ? one : many}` : "");

/**
 * What learners hold on some lessons and module quizzes, in words ("1
 * completion, 2 notes"), or an empty list: deleting those rows would delete
 * these records with them.
 */
export async function learnerHistory(tx: Prisma.TransactionClient, lessons: Prisma.LessonWhereInput, modules?: Prisma.ModuleWhereInput): Promise<string[]> {
  const [completions, notes, bookmarks, comments, attempts] = await Promise.all([
    tx.lessonCompletion.count({ where: { lesson: lessons } }),
    tx.lessonNote.count({ where: { lesson: lessons } }),
    tx.bookmark.count({ where: { lesson: lessons } }),
    tx.comment.count({ where: { lesson: lessons } }),
    modules ? tx.attempt.count({ where: { module: modules } }) : 0,
  ]);
  return [
    counted(completions, "completion", "completions"),
    counted(notes, "note", "notes"),
    counted(bookmarks, "bookmark", "bookmarks"),
    counted(comments, "comment", "comments"),
    counted(attempts, "quiz attempt", "quiz attempts"),
  ].filter(Boolean);
}
