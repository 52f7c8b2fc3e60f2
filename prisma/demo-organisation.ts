// Demo mode's organisation: the demo HR person, two cohorts of 30 learners
// (the demo learner among the first) with 8 weeks of study behind them, so HR
// sees a full dashboard at once and the demo learner a full dashboard of their
// own. Deterministic (a seeded PRNG) and written in bulk: a few thousand rows
// per statement group, inside one transaction. Seeded once; later starts leave it.
import { seededRandom } from "../lib/assessment/present";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { gaussian, itemLogit, logistic } from "../lib/readiness/model";
import { insertRows } from "./bulk-insert";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { reviewCardRows } from "./demo-review-cards";

const DAY = 86_400_000;
const WEEKS = 8;

const FIRST = ["Amara", "Bruno", "Chen", "Dalia", "Emil", "Farah", "Goran", "Hiro", "Ines", "Jonas", "Keiko", "Luis", "Maya", "Nils", "Olga", "Priya", "Quentin", "Rosa", "Samir", "Tara", "Umar", "Vera", "Wen", "Ximena", "Yusuf", "Zofia", "Arjun", "Bea", "Carlos", "Dana"];
const LAST = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Novak", "Silva", "Kowalski", "Mensah", "Reyes", "Fischer", "Ivanova", "Osei", "Bauer", "Costa", "Nakamura", "Abadi", "Larsen", "Petrov", "Quinn"];

/** `choices`: the item's options (its guessing floor is one over it). */
export type Question = { id: string; versionId: string; domain: string; difficulty: number; choices: number; right: string; wrong: string };
type Course = { id: string; slug: string; lessons: { id: string; minutes: number }[] };

/** Single-choice and true/false questions of a target, with a right and a wrong response each. */
export async function questionPool(db: PrismaClient, code: string): Promise<Question[]> {
  const rows = await db.question.findMany({
    where: { target: { code }, retired: false },
    orderBy: { key: "asc" },
    select: { id: true, domain: true, difficulty: true, versions: { orderBy: { version: "desc" }, take: 1, select: { id: true, type: true, payload: true } } },
  });
  return rows.flatMap((q) => {
    const v = q.versions[0];
    if (!v) return [];
    const p = JSON.parse(v.payload) as { options?: { id: string; correct: boolean; credit: number }[]; answer?: boolean };
    if (v.type === "single" && p.options) {
      const right = p.options.find((o) => o.correct);
      const wrong = p.options.find((o) => o.credit === 0);
      return right && wrong ? [{ id: q.id, versionId: v.id, domain: q.domain, difficulty: q.difficulty, choices: p.options.length, right: JSON.stringify({ type: "single", choice: right.id }), wrong: JSON.stringify({ type: "single", choice: wrong.id }) }] : [];
    }
    if (v.type === "true-false" && typeof p.answer === "boolean") {
      return [{ id: q.id, versionId: v.id, domain: q.domain, difficulty: q.difficulty, choices: 2, right: JSON.stringify({ type: "true-false", value: p.answer }), wrong: JSON.stringify({ type: "true-false", value: !p.answer }) }];
    }
    return [];
  });
}

async function course(db: PrismaClient, slug: string): Promise<Course | null> {
  const c = await db.course.findUnique({
    where: { slug },
    select: { id: true, slug: true, modules: { orderBy: { order: "asc" }, select: { lessons: { orderBy: { order: "asc" }, select: { id: true, minutes: true } } } } },
  });
  return c && { id: c.id, slug: c.slug, lessons: c.modules.flatMap((m) => m.lessons) };
}

const midnight = (t: number) => {
  const d = new Date(t);
  d.setUTCHours(0, 0, 0, 0);
  return d;
};

type Plan = { name: string; target: string; examInDays: number; courses: { slug: string; dueInDays: number }[] };

const PLANS: Plan[] = [
  { name: "2027 PMP wave 1", target: "PMP", examInDays: 75, courses: [{ slug: "pmp-exam-prep", dueInDays: 20 }, { slug: "ei-for-leaders", dueInDays: -3 }] },
  { name: "Green Belt 2027", target: "LSSGB", examInDays: 60, courses: [{ slug: "lean-six-sigma-green-belt", dueInDays: 30 }] },
];

export async function ensureDemoOrganisation(db: PrismaClient, now = new Date()): Promise<{ created: boolean; rows: number }> {
  const hrEmail = DEMO_ACCOUNTS.find((a) => a.role === "hr")!.email;
  const learnerEmail = DEMO_ACCOUNTS.find((a) => a.role === "learner")!.email;
  const [hr, demoLearner] = await Promise.all([
    db.user.findUnique({ where: { email: hrEmail }, select: { id: true, organisation: { select: { userId: true } } } }),
    db.user.findUnique({ where: { email: learnerEmail }, select: { id: true, organisation: { select: { userId: true } } } }),
  ]);
  if (!hr || hr.organisation) return { created: false, rows: 0 };

  const random = seededRandom("kaizen-demo-organisation");
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const orgId = "demo-organisation";
  const users: { id: string; name: string; email: string; role: "learner"; createdAt: Date; updatedAt: Date }[] = [];
  const members: { userId: string; organisationId: string; kind: string; joinedAt: Date }[] = [{ userId: hr.id, organisationId: orgId, kind: "hr", joinedAt: new Date(now.getTime() - 70 * DAY) }];
  const cohortMembers: { cohortId: string; userId: string; addedAt: Date }[] = [];
  const assignments: { id: string; cohortId: string; targetId: string | null; courseId: string | null; dueDate: Date; createdAt: Date }[] = [];
  const enrollments: { id: string; userId: string; courseId: string; lastActivityAt: Date; createdAt: Date }[] = [];
  const completions: { userId: string; lessonId: string; completedAt: Date }[] = [];
  const attempts: { id: string; userId: string; mode: string; targetId: string; status: string; startedAt: Date; submittedAt: Date; score: number; maxScore: number; percent: number; passed: boolean | null; passingPercent: number | null }[] = [];
  const items: { id: string; attemptId: string; position: number; questionId: string; questionVersionId: string; domain: string; response: string; answeredAt: Date; timeSpentMs: number; credit: number; correct: boolean }[] = [];
  const started = new Date(now.getTime() - WEEKS * 7 * DAY);

  let serial = 0;
  for (const [c, plan] of PLANS.entries()) {
    const target = await db.certificationTarget.findUnique({ where: { code: plan.target }, select: { id: true } });
    const pool = await questionPool(db, plan.target);
    const courses = (await Promise.all(plan.courses.map((x) => course(db, x.slug)))).filter((x): x is Course => x !== null);
    if (!target || pool.length === 0) continue;
    const cohortId = `demo-cohort-${c + 1}`;
    assignments.push({ id: `${cohortId}-exam`, cohortId, targetId: target.id, courseId: null, dueDate: midnight(now.getTime() + plan.examInDays * DAY), createdAt: started });
    courses.forEach((x, i) =>
      assignments.push({ id: `${cohortId}-course-${i + 1}`, cohortId, targetId: null, courseId: x.id, dueDate: midnight(now.getTime() + plan.courses[i]!.dueInDays * DAY), createdAt: started }),
    );

    for (let m = 0; m < 30; m++) {
      const isDemoLearner = c === 0 && m === 0 && demoLearner && !demoLearner.organisation;
      let userId: string;
      if (isDemoLearner) userId = demoLearner.id;
      else {
        userId = `demo-member-${c + 1}-${String(m + 1).padStart(2, "0")}`;
        // 60 different names: the second cohort shifts every surname.
        const k = c * 30 + m;
        const name = `${FIRST[k % FIRST.length]} ${LAST[(k + c * 7) % LAST.length]}`;
        users.push({ id: userId, name, email: `${userId}@members.demo.kaizen.academy`, role: "learner", createdAt: started, updatedAt: started });
      }
      members.push({ userId, organisationId: orgId, kind: "member", joinedAt: started });
      cohortMembers.push({ cohortId, userId, addedAt: started });

      // Each person: an ability, a learning rate, how many days a week they study, and whether they drifted away.
      const ability = isDemoLearner ? 0.9 : 0.7 + 0.8 * gaussian(random);
      const growth = 0.04 + 0.06 * random();
      const perWeek = isDemoLearner ? 4 : pick([0, 1, 2, 2, 3, 3, 4, 5, 6]);
      const stopsAfterWeek = isDemoLearner ? WEEKS : random() < 0.2 ? 3 + Math.floor(random() * 4) : WEEKS;
      const lessonsDone = new Map(courses.map((x) => [x.id, 0]));
      // The demo learner may have enrolled or studied already on an older installation: keep what they did.
      const enrolledAlready = isDemoLearner ? new Set((await db.enrollment.findMany({ where: { userId }, select: { courseId: true } })).map((e) => e.courseId)) : new Set<string>();
      const completedAlready = isDemoLearner ? new Set((await db.lessonCompletion.findMany({ where: { userId }, select: { lessonId: true } })).map((l) => l.lessonId)) : new Set<string>();
      for (const x of courses) {
        if (!enrolledAlready.has(x.id)) enrollments.push({ id: `${userId}-enrol-${x.slug}`, userId, courseId: x.id, lastActivityAt: now, createdAt: started });
      }

      for (let day = 0; day < WEEKS * 7; day++) {
        const week = Math.floor(day / 7);
        if (week >= stopsAfterWeek || random() > perWeek / 7) continue;
        const at = new Date(started.getTime() + day * DAY + (8 + Math.floor(random() * 12)) * 3_600_000);
        // A lesson or two of the next assigned course...
        const x = courses.length ? pick(courses) : null;
        if (x) {
          for (let k = 0; k < 1 + Math.floor(random() * 2); k++) {
            const done = lessonsDone.get(x.id)!;
            if (done >= x.lessons.length) break;
            const lessonId = x.lessons[done]!.id;
            if (!completedAlready.has(lessonId)) completions.push({ userId, lessonId, completedAt: new Date(at.getTime() + k * 20 * 60_000) });
            lessonsDone.set(x.id, done + 1);
          }
        }
        // ...then a quiz of 10, or every so often a 30-question practice exam.
        const exam = random() < 0.15;
        const count = exam ? 30 : 10;
        const attemptId = `${userId}-attempt-${++serial}`;
        const theta = ability + growth * week;
        let score = 0;
        for (let q = 0; q < count; q++) {
          const question = pick(pool);
          const correct = random() < logistic(theta - itemLogit(question.difficulty));
          score += correct ? 1 : 0;
          items.push({
            id: `${attemptId}-${q}`,
            attemptId,
            position: q,
            questionId: question.id,
            questionVersionId: question.versionId,
            domain: question.domain,
            response: correct ? question.right : question.wrong,
            answeredAt: new Date(at.getTime() + 3_600_000 + q * 75_000),
            timeSpentMs: 30_000 + Math.floor(random() * 90_000),
            credit: correct ? 1 : 0,
            correct,
          });
        }
        attempts.push({
          id: attemptId,
          userId,
          mode: "short",
          targetId: target.id,
          status: "submitted",
          startedAt: new Date(at.getTime() + 3_600_000),
          submittedAt: new Date(at.getTime() + 3_600_000 + count * 75_000),
          score,
          maxScore: count,
          percent: Math.round((score / count) * 1000) / 10,
          passed: exam ? score / count >= 0.65 : null,
          passingPercent: exam ? 65 : null,
        });
      }
    }
  }

  // Cards the demo learner made themselves on an older installation stay as they are.
  const ownCards = demoLearner ? new Set((await db.reviewCard.findMany({ where: { userId: demoLearner.id }, select: { questionId: true } })).map((c) => c.questionId)) : new Set<string>();
  const reviewCards = demoLearner
    ? reviewCardRows(demoLearner.id, items.filter((i) => i.attemptId.startsWith(`${demoLearner.id}-`) && !ownCards.has(i.questionId)))
    : [];
  const cohorts = PLANS.map((p, i) => ({ id: `demo-cohort-${i + 1}`, organisationId: orgId, name: p.name, createdAt: started }));
  await db.$transaction([
    db.organisation.create({ data: { id: orgId, name: "Northwind Operations", createdAt: started } }),
    ...insertRows(db, "User", users),
    ...insertRows(db, "OrganisationMember", members),
    ...insertRows(db, "Cohort", cohorts),
    ...insertRows(db, "CohortMember", cohortMembers),
    ...insertRows(db, "Assignment", assignments),
    ...insertRows(db, "Enrollment", enrollments),
    ...insertRows(db, "LessonCompletion", completions),
    ...insertRows(db, "Attempt", attempts),
    ...insertRows(db, "AttemptItem", items),
    ...insertRows(db, "ReviewCard", reviewCards),
  ]);
  return { created: true, rows: users.length + members.length + cohortMembers.length + enrollments.length + completions.length + attempts.length + items.length + reviewCards.length };
}
