import "server-only";
import type { QuestionSource } from "@/lib/assessment/question-schema";
import { exportBank } from "@/lib/studio/bank-json";
import { db } from "@/lib/db";
import { requireAuthor } from "./course-access";
import { editableQuestions } from "./question-access";
import { sourceOf } from "./question-source";

/** The viewer's editable questions of one bank, in the JSON export format (retired ones left out). */
export async function exportQuestions(targetCode: string): Promise<string | null> {
  const viewer = await requireAuthor();
  const rows = await db.question.findMany({
    where: { ...editableQuestions(viewer), target: { code: targetCode }, retired: false },
    orderBy: { key: "asc" },
    select: { key: true, versions: { orderBy: { version: "desc" }, take: 1, select: { source: true } } },
  });
  if (rows.length === 0) return null;
  const sources = rows.map((q) => sourceOf(q.key, q.versions[0]?.source ?? null)).filter((q): q is QuestionSource => q !== null);
  return exportBank(sources);
}
