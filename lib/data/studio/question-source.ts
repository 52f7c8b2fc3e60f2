import "server-only";
import { stringify } from "yaml";
import type { QuestionSource } from "@/lib/assessment/question-schema";
import { loadQuestionBank } from "@/lib/content/question-bank";

let shipped: Map<string, QuestionSource> | null = null;

/** The shipped bank by id, read from prisma/content once per process. */
function shippedBank(): Map<string, QuestionSource> {
  shipped ??= new Map(loadQuestionBank().map((q) => [q.id, q]));
  return shipped;
}

/** What the editor shows for a version: the source its author saved, else the shipped file's item. */
export function sourceOf(key: string, stored: string | null): QuestionSource | null {
  return stored ? (JSON.parse(stored) as QuestionSource) : (shippedBank().get(key) ?? null);
}

/** The bank file format, as the editor edits it. */
export const toYaml = (q: QuestionSource): string => stringify(q, { lineWidth: 0 });
