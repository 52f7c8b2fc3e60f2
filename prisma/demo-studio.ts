// Demo mode's studio: the demo instructor owns the shipped Lean course and a
// draft course of their own, half finished, so that a newcomer signing in as
// the instructor sees a published course, a draft with its publishing
// checklist, and their own question in the bank.
import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { toPayload } from "../lib/assessment/to-payload";
import type { QuestionSource } from "../lib/assessment/question-schema";
import { countWords } from "../lib/content/words";
import { contentHash } from "../lib/content/question-hash";
import { randomOpaqueIds } from "../lib/content/question-ids";
import { DEMO_ACCOUNTS } from "./demo-accounts";

const DRAFT_SLUG = "visual-management-for-service-teams";
const text = (file: string) => fs.readFileSync(path.join(import.meta.dirname, "demo-studio", file), "utf8");

const QUESTION: QuestionSource = {
  id: "lean-demo-visual-board-001",
  target: "LEAN",
  domain: "flow-and-pull",
  difficulty: 2,
  tags: ["visual-management", "littles-law"],
  module: `${DRAFT_SLUG}/making-work-visible`,
  type: "single",
  stem: "A service desk holds 120 open tickets and closes 40 a day. After a board with work-in-progress limits, it holds 80 tickets and still closes 40 a day. What is the average lead time now?",
  explanation: "By Little's law, lead time = work in progress ÷ throughput = 80 ÷ 40 = 2 days (it was 120 ÷ 40 = 3 days).",
  options: [
    { text: "2 days, because 80 tickets ÷ 40 closed a day = 2", correct: true, explanation: "Work in progress divided by throughput." },
    { text: "3 days, because lead time follows throughput, which did not change", correct: false, explanation: "3 days was the lead time before: work in progress fell." },
    { text: "0.5 days, because 40 closed a day ÷ 80 tickets = 0.5", correct: false, explanation: "That is throughput over work in progress, inverted." },
    { text: "1 day, because limits halve lead time whatever the queue holds", correct: false, explanation: "Lead time fell by a third here, in line with work in progress." },
  ],
};

export async function ensureDemoStudio(db: PrismaClient): Promise<void> {
  const instructor = await db.user.findUnique({ where: { email: DEMO_ACCOUNTS.find((a) => a.role === "instructor")!.email }, select: { id: true } });
  const lean = await db.course.findUnique({ where: { slug: "lean-fundamentals" }, select: { id: true, trackId: true } });
  if (!instructor || !lean) return;
  await db.courseAuthor.upsert({ where: { courseId_userId: { courseId: lean.id, userId: instructor.id } }, create: { courseId: lean.id, userId: instructor.id, owner: true }, update: {} });
  if (await db.course.findUnique({ where: { slug: DRAFT_SLUG }, select: { id: true } })) return;

  const lesson = (title: string, body: string, order: number) => {
    const draft = { title, minutes: Math.ceil(countWords(body) / 200) + 5, objectives: ["Read a team board in under a minute", "Use work-in-progress limits to expose queues"], body };
    return { title, minutes: draft.minutes, objectives: draft.objectives.join("\n"), body, wordCount: countWords(body), order, draft: JSON.stringify(draft), publishedAt: null };
  };
  await db.$transaction(async (tx) => {
    const course = await tx.course.create({
      data: {
        slug: DRAFT_SLUG,
        trackId: lean.trackId,
        title: "Visual Management for Service Teams",
        summary: "Boards, limits and daily huddles that let an office team see its own work.",
        description: "For team leaders in claims, payroll, IT service and other office work.",
        level: "Beginner",
        order: 90,
        published: false,
        studioEditedAt: new Date(),
        authors: { create: { userId: instructor.id, owner: true } },
      },
      select: { id: true },
    });
    const modules = [
      { slug: "making-work-visible", title: "Making Work Visible", summary: "What a team board shows, and why limits matter.", lesson: lesson("Boards That Show Problems", text("01-making-work-visible.md"), 1) },
      { slug: "daily-huddles", title: "Daily Huddles", summary: "Fifteen minutes in front of the board.", lesson: lesson("Running the Huddle", text("01-daily-huddles.md"), 1) },
    ];
    for (const [index, m] of modules.entries()) {
      const row = await tx.module.create({ data: { courseId: course.id, slug: m.slug, title: m.title, summary: m.summary, order: index + 1, publishedAt: null }, select: { id: true } });
      await tx.lesson.create({ data: { courseId: course.id, moduleId: row.id, slug: m.lesson.title.toLowerCase().replace(/[^a-z0-9]+/g, "-"), ...m.lesson } });
      if (index === 0) {
        const target = await tx.certificationTarget.findUniqueOrThrow({ where: { code: QUESTION.target }, select: { id: true } });
        await tx.question.create({
          data: {
            key: QUESTION.id,
            targetId: target.id,
            domain: QUESTION.domain,
            difficulty: QUESTION.difficulty,
            tags: QUESTION.tags.join(","),
            moduleId: row.id,
            authorId: instructor.id,
            studioEditedAt: new Date(),
            versions: {
              create: {
                version: 1,
                type: QUESTION.type,
                stem: QUESTION.stem,
                explanation: QUESTION.explanation,
                payload: JSON.stringify(toPayload(QUESTION, randomOpaqueIds())),
                contentHash: contentHash(QUESTION),
                source: JSON.stringify(QUESTION),
              },
            },
          },
        });
      }
    }
  });
}
