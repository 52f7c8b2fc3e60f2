import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { Viewer } from "../viewer";

/**
 * Questions the viewer may edit: every question for admins; for an instructor,
 * those they wrote, those of a bank they were granted, and the module quizzes
 * of courses they author.
 */
export function editableQuestions(viewer: Viewer): Prisma.QuestionWhereInput {
  if (viewer.role === "admin") return {};
  return {
    OR: [
      { authorId: viewer.id },
      { target: { bankGrants: { some: { userId: viewer.id } } } },
      { module: { course: { authors: { some: { userId: viewer.id } } } } },
    ],
  };
}

/** Target codes the viewer may write new questions for: their courses' targets and granted banks (admins: all). */
export async function writableTargets(viewer: Viewer): Promise<{ id: string; code: string; name: string; domains: string[] }[]> {
  const rows = await db.certificationTarget.findMany({
    where:
      viewer.role === "admin"
        ? {}
        : { OR: [{ bankGrants: { some: { userId: viewer.id } } }, { courses: { some: { course: { authors: { some: { userId: viewer.id } } } } } }] },
    orderBy: { position: "asc" },
    select: { id: true, code: true, name: true, domains: true },
  });
  return rows.map((t) => ({ ...t, domains: JSON.parse(t.domains) as string[] }));
}

/** Module quizzes the viewer may put questions in, as "<course-slug>/<module-slug>" with the module's id. */
export async function writableModules(viewer: Viewer): Promise<Map<string, { id: string; title: string }>> {
  const rows = await db.module.findMany({
    where: viewer.role === "admin" ? {} : { course: { authors: { some: { userId: viewer.id } } } },
    orderBy: [{ course: { title: "asc" } }, { order: "asc" }],
    select: { id: true, slug: true, title: true, course: { select: { slug: true, title: true } } },
  });
  return new Map(rows.map((m) => [`${m.course.slug}/${m.slug}`, { id: m.id, title: `${m.course.title}: ${m.title}` }]));
}
