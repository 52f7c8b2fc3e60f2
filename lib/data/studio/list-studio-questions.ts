import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { containsIgnoringCase } from "@/lib/data/sql-dialect";
import { requireAuthor } from "./course-access";
import { editableQuestions, writableTargets } from "./question-access";

export const QUESTIONS_PER_PAGE = 25;

export type StudioQuestionRow = {
  id: string;
  key: string;
  type: string;
  stem: string;
  domain: string;
  target: string;
  difficulty: number;
  versions: number;
  module: string | null;
  retired: boolean;
  studio: boolean;
};

/** The questions the viewer may edit, filtered by target and text, newest edits first. */
export async function listStudioQuestions(filter: { target?: string; q?: string; page: number }) {
  const viewer = await requireAuthor();
  const where: Prisma.QuestionWhereInput = {
    AND: [
      editableQuestions(viewer),
      filter.target ? { target: { code: filter.target } } : {},
      filter.q ? { OR: [{ key: containsIgnoringCase(filter.q) }, { versions: { some: { stem: containsIgnoringCase(filter.q) } } }] } : {},
    ],
  };
  const [total, rows, targets] = await Promise.all([
    db.question.count({ where }),
    db.question.findMany({
      where,
      orderBy: [{ studioEditedAt: { sort: "desc", nulls: "last" } }, { key: "asc" }],
      skip: (filter.page - 1) * QUESTIONS_PER_PAGE,
      take: QUESTIONS_PER_PAGE,
      select: {
        id: true,
        key: true,
        domain: true,
        difficulty: true,
        retired: true,
        studioEditedAt: true,
        target: { select: { code: true } },
        module: { select: { title: true } },
        _count: { select: { versions: true } },
        versions: { orderBy: { version: "desc" }, take: 1, select: { type: true, stem: true } },
      },
    }),
    writableTargets(viewer),
  ]);
  const questions: StudioQuestionRow[] = rows.map((q) => ({
    id: q.id,
    key: q.key,
    type: q.versions[0]?.type ?? "single",
    stem: q.versions[0]?.stem ?? "",
    domain: q.domain,
    target: q.target.code,
    difficulty: q.difficulty,
    versions: q._count.versions,
    module: q.module?.title ?? null,
    retired: q.retired,
    studio: q.studioEditedAt !== null,
  }));
  return { total, questions, targets, pages: Math.max(1, Math.ceil(total / QUESTIONS_PER_PAGE)) };
}
