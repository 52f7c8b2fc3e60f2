import "server-only";
import { db } from "@/lib/db";
import { requireAuthor } from "./course-access";
import { editableQuestions, writableModules, writableTargets } from "./question-access";
import { sourceOf, toYaml } from "./question-source";

/** A question for its editor: the latest version's source as YAML, and the history of versions. */
export async function getStudioQuestion(questionId: string) {
  const viewer = await requireAuthor();
  const question = await db.question.findFirst({
    where: { id: questionId, ...editableQuestions(viewer) },
    select: {
      id: true,
      key: true,
      retired: true,
      target: { select: { code: true, name: true } },
      versions: { orderBy: { version: "desc" }, select: { id: true, version: true, type: true, stem: true, createdAt: true, source: true, _count: { select: { items: true } } } },
    },
  });
  if (!question) return null;
  const latest = question.versions[0];
  const source = latest ? sourceOf(question.key, latest.source) : null;
  return {
    id: question.id,
    key: question.key,
    retired: question.retired,
    target: question.target,
    yaml: source ? toYaml(source) : "",
    history: question.versions.map((v) => ({ id: v.id, version: v.version, type: v.type, stem: v.stem, createdAt: v.createdAt, answered: v._count.items })),
  };
}

/** What a new question can be written for: targets with their domains, and module quizzes. */
export async function getQuestionChoices() {
  const viewer = await requireAuthor();
  const [targets, modules] = await Promise.all([writableTargets(viewer), writableModules(viewer)]);
  return { targets, modules: [...modules.entries()].map(([path, m]) => ({ path, title: m.title })) };
}
