import "server-only";
import { parseDocument } from "yaml";
import { lintQuestion, type LintFinding } from "@/lib/assessment/item-lint";
import { checkQuestion } from "@/lib/studio/question-problems";
import { db } from "@/lib/db";
import { fail, type Result } from "../result";
import { requireAuthor } from "./course-access";
import { editableQuestions } from "./question-access";
import { writeQuestions } from "./write-questions";

type Saved = { questionId: string; versioned: boolean; lint: LintFinding[] };

/**
 * Saves one question from the editor, written in the bank's YAML format. For
 * an existing question the id stays; a change to what learners see or are
 * graded on makes a new version. Lint findings come back as advice, not refusals.
 */
export async function saveQuestion(input: { questionId?: string; source: string }): Promise<Result<Saved, "source" | "questionId">> {
  const viewer = await requireAuthor();
  const document = parseDocument(input.source, { prettyErrors: true });
  if (document.errors.length) return fail(`The YAML does not parse: ${document.errors[0]!.message.split("\n")[0]}`, "source");
  const parsed = checkQuestion(document.toJS());
  if (!parsed.ok) return fail(`Check the question: ${parsed.problems}.`, "source");
  if (input.questionId) {
    const current = await db.question.findFirst({ where: { id: input.questionId, ...editableQuestions(viewer) }, select: { key: true } });
    if (!current) return fail("That question does not exist, or you may not edit it.", "questionId");
    if (current.key !== parsed.question.id) return fail(`Keep the id “${current.key}”: past attempts and reviews refer to it.`, "source");
  }
  const written = await writeQuestions(viewer, [parsed.question]);
  if (!written.ok) return fail(written.issues.map((i) => i.message).join(" "), "source");
  return { ok: true, questionId: written.outcome.ids[0]!, versioned: written.outcome.created + written.outcome.versioned > 0, lint: lintQuestion(parsed.question) };
}
