import "server-only";
import { blueprintOn } from "@/lib/readiness/blueprint";
import { educationHours } from "@/lib/readiness/hours";
import { estimateReadiness, passProbability, type Evidence, type Readiness } from "@/lib/readiness/model";
import { nextActions, type NextAction } from "@/lib/readiness/next-actions";
import { checkRenewal, RENEWAL_RULES, type PduCategory, type RenewalStatus } from "@/lib/pdu/rules";
import { db } from "@/lib/db";
import { listBlueprints } from "./blueprints/list-blueprints";
import { getReviewCounts } from "./review/get-review-counts";
import { requireViewer } from "./viewer";

const DAY = 86_400_000;

export type TargetCard = {
  code: string;
  name: string;
  examDate: Date;
  daysToExam: number;
  blueprint: { name: string; questionCount: number; minutes: number; passingPercent: number; effectiveFrom: Date };
  readiness: Readiness;
  passProbability: number | null;
  trend: { date: Date; probability: number; answers: number }[];
  hours: ReturnType<typeof educationHours>;
  renewal: (RenewalStatus & { earnedOn: Date }) | null;
  actions: NextAction[];
};

/** Courses that count for the targets, with the learner's completed lessons. */
async function coursesFor(userId: string, targetIds: string[]) {
  return db.course.findMany({
    where: { published: true, certifications: { some: { targetId: { in: targetIds } } } },
    orderBy: { order: "asc" },
    select: {
      title: true,
      slug: true,
      certifications: { select: { targetId: true, domains: true, educationHours: true } },
      modules: {
        orderBy: { order: "asc" },
        select: { lessons: { orderBy: { order: "asc" }, select: { slug: true, title: true, minutes: true, completions: { where: { userId }, select: { completedAt: true } } } } },
      },
    },
  });
}

function hoursOf(courses: Awaited<ReturnType<typeof coursesFor>>, targetId: string, targetCode: string) {
  return educationHours(
    courses.map((c) => {
      const lessons = c.modules.flatMap((m) => m.lessons);
      return {
        courseTitle: c.title,
        educationHours: c.certifications.find((x) => x.targetId === targetId)!.educationHours,
        totalMinutes: lessons.reduce((s, l) => s + l.minutes, 0),
        completedMinutes: lessons.filter((l) => l.completions.length).reduce((s, l) => s + l.minutes, 0),
      };
    }),
    targetCode,
  );
}

/** The viewer's education-hours record for one target, for download. */
export async function getHoursRecord(targetCode: string) {
  const viewer = await requireViewer();
  const target = await db.certificationTarget.findUnique({ where: { code: targetCode }, select: { id: true, code: true, name: true } });
  if (!target) return null;
  return { learner: viewer.name, target: target.name, ...hoursOf(await coursesFor(viewer.id, [target.id]), target.id, target.code) };
}

/** Every answer the learner gave to this target's questions: quizzes, exams and reviews. */
async function evidenceFor(userId: string, targetId: string): Promise<Evidence[]> {
  const [items, reviews] = await Promise.all([
    db.attemptItem.findMany({
      where: { attempt: { userId }, credit: { not: null }, answeredAt: { not: null }, questionVersion: { question: { targetId } } },
      select: { credit: true, domain: true, answeredAt: true, questionVersion: { select: { question: { select: { difficulty: true } } } } },
    }),
    db.reviewLog.findMany({
      where: { userId, question: { targetId } },
      select: { credit: true, answeredAt: true, question: { select: { domain: true, difficulty: true } } },
    }),
  ]);
  return [
    ...items.map((i) => ({ domain: i.domain, credit: i.credit!, difficulty: i.questionVersion.question.difficulty, at: i.answeredAt! })),
    ...reviews.map((r) => ({ domain: r.question.domain, credit: r.credit, difficulty: r.question.difficulty, at: r.answeredAt })),
  ];
}

/** The viewer's certification targets, each with readiness, hours, renewal and next actions. */
export async function getDashboard(now = new Date()): Promise<{ cards: TargetCard[]; available: { code: string; name: string }[] }> {
  const viewer = await requireViewer();
  const [targets, allTargets, held, reviews] = await Promise.all([
    db.learnerTarget.findMany({ where: { userId: viewer.id }, orderBy: { examDate: "asc" }, select: { examDate: true, target: { select: { id: true, code: true, name: true } } } }),
    db.certificationTarget.findMany({ orderBy: { code: "asc" }, select: { code: true, name: true } }),
    db.heldCertification.findMany({
      where: { userId: viewer.id },
      select: { targetId: true, earnedOn: true, entries: { select: { hours: true, category: true, date: true } } },
    }),
    getReviewCounts(now),
  ]);
  const blueprints = await listBlueprints(targets.map((t) => t.target.id));
  const courses = await coursesFor(viewer.id, targets.map((t) => t.target.id));

  const cards: TargetCard[] = [];
  for (const { target, examDate } of targets) {
    const blueprint = blueprintOn(blueprints.filter((b) => b.targetId === target.id), examDate) ?? blueprintOn(blueprints.filter((b) => b.targetId === target.id), now);
    if (!blueprint) continue;
    const evidence = await evidenceFor(viewer.id, target.id);
    const readiness = estimateReadiness(evidence, blueprint.domains, now);
    const exam = { questions: blueprint.questionCount, passingPercent: blueprint.passingPercent };
    const trend = Array.from({ length: 8 }, (_, i) => new Date(now.getTime() - (7 - i) * 7 * DAY)).map((date) => {
      const r = estimateReadiness(evidence, blueprint.domains, date);
      return { date, probability: r.overall.probability, answers: r.answers };
    });

    const mine = courses.filter((c) => c.certifications.some((x) => x.targetId === target.id));
    const hours = hoursOf(mine, target.id, target.code);
    const lessons = mine.flatMap((c) => {
      const next = c.modules.flatMap((m) => m.lessons).find((l) => l.completions.length === 0);
      const domains = c.certifications.find((x) => x.targetId === target.id)!.domains.split(",");
      return next ? domains.map((domain) => ({ domain, title: next.title, href: `/learn/${c.slug}/${next.slug}` })) : [];
    });
    const [seen, bank] = await Promise.all([
      db.attemptItem.findMany({ where: { attempt: { userId: viewer.id }, questionVersion: { question: { targetId: target.id } } }, select: { questionId: true }, distinct: ["questionId"] }),
      db.question.count({ where: { targetId: target.id, retired: false } }),
    ]);
    const daysToExam = Math.ceil((examDate.getTime() - now.getTime()) / DAY);
    const rule = RENEWAL_RULES[target.code];
    const heldRow = held.find((h) => h.targetId === target.id);

    cards.push({
      code: target.code,
      name: target.name,
      examDate,
      daysToExam,
      blueprint: { name: blueprint.name, questionCount: blueprint.questionCount, minutes: blueprint.minutes, passingPercent: blueprint.passingPercent, effectiveFrom: blueprint.effectiveFrom },
      readiness,
      passProbability: readiness.overall.enough ? passProbability(readiness, exam) : null,
      trend,
      hours,
      renewal: rule && heldRow ? { ...checkRenewal(rule, heldRow.earnedOn, heldRow.entries.map((e) => ({ ...e, category: e.category as PduCategory }))), earnedOn: heldRow.earnedOn } : null,
      actions: nextActions({
        targetCode: target.code,
        domains: readiness.domains.map((d) => ({ code: d.code, name: d.name, weight: d.weight, probability: d.probability, enough: d.enough })),
        lessons,
        dueReviews: reviews.dueNow,
        unseenQuestions: Math.max(0, bank - seen.length),
        daysToExam,
        dueThisWeek: reviews.dueThisWeek,
      }),
    });
  }
  const chosen = new Set(targets.map((t) => t.target.code));
  return { cards, available: allTargets.filter((t) => !chosen.has(t.code)) };
}

export type TargetResult = { ok: true } | { ok: false; field: "targetCode" | "examDate"; error: string };

export async function setTarget(input: { targetCode: string; examDate: Date }): Promise<TargetResult> {
  const viewer = await requireViewer();
  const target = await db.certificationTarget.findUnique({ where: { code: input.targetCode }, select: { id: true } });
  if (!target) return { ok: false, field: "targetCode", error: "Choose a certification." };
  await db.learnerTarget.upsert({
    where: { userId_targetId: { userId: viewer.id, targetId: target.id } },
    create: { userId: viewer.id, targetId: target.id, examDate: input.examDate },
    update: { examDate: input.examDate },
  });
  return { ok: true };
}

export async function removeTarget(targetCode: string): Promise<TargetResult> {
  const viewer = await requireViewer();
  const removed = await db.learnerTarget.deleteMany({ where: { userId: viewer.id, target: { code: targetCode } } });
  return removed.count ? { ok: true } : { ok: false, field: "targetCode", error: "That certification is not one of your targets." };
}
