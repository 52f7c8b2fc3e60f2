import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AssignedCourse, MemberFacts } from "@/lib/hr/cohort-report";
import type { Evidence } from "@/lib/readiness/model";
import { db } from "@/lib/db";
import { dayOf } from "@/lib/data/sql-dialect";
import { questionBankStamp } from "@/lib/data/readiness/question-bank-stamp";

/** A cohort of an organisation, and optionally one or some of its members. */
export type Scope = { organisationId: string; cohortId: string; userId?: string; userIds?: string[] };
type Grouped = { userId: string; domain: string; difficulty: number | bigint; credit: number; n: number | bigint; at: string | Date };
type Num = number | bigint | null;

/**
 * A member's facts without their evidence, with what identifies it: `answers`
 * their answers and reviews, `bank` the exam's questions (a studio edit can
 * move a question's domain, difficulty or target), the same for every member.
 */
export type CohortMemberFacts = MemberFacts & { answers: string; bank: string };

/**
 * The members of one cohort of one organisation, as SQL: every query below is
 * limited to them, and optionally to one or some of them.
 */
const membersOf = (scope: Scope) => Prisma.sql`
  SELECT cm."userId" FROM "CohortMember" cm JOIN "Cohort" c ON c."id" = cm."cohortId"
  WHERE c."id" = ${scope.cohortId} AND c."organisationId" = ${scope.organisationId}${some(scope)}`;
const some = ({ userId, userIds }: Scope) =>
  userId ? Prisma.sql` AND cm."userId" = ${userId}` : userIds ? Prisma.sql` AND cm."userId" IN (${userIds.length ? Prisma.join(userIds) : Prisma.sql`NULL`})` : Prisma.empty;

const toDate = (v: string | Date | null) => (v === null ? null : v instanceof Date ? v : new Date(v));
const latest = (...dates: (Date | null | undefined)[]) => dates.reduce<Date | null>((a, b) => (b && (!a || b > a) ? b : a), null);
const stamp = (...values: (Num | string | Date | undefined)[]) => values.map((v) => (v instanceof Date ? v.getTime() : v === null || v === undefined ? "" : String(v))).join(",");

/**
 * Each member's hours, last study and completed lessons of the assigned
 * courses, a fingerprint of their answers and reviews (how many, how many
 * graded, their total credit, the latest) and one of the exam's questions
 * (how many, the latest created and edited): five queries, whatever
 * the cohort's size. The evidence itself is left empty, for loadMemberEvidence
 * to fill only where a memoised model does not already stand for it.
 */
export async function loadMemberFacts(scope: Scope, targetId: string | null, courses: AssignedCourse[]): Promise<CohortMemberFacts[]> {
  const inCohort = membersOf(scope);
  // One join rather than the nested relations, which the query engine runs as three queries and joins in JS (ten times slower for thousands).
  const [members, answering, lessons, reviewed, bank] = await Promise.all([
    db.$queryRaw<{ userId: string; name: string }[]>`
      SELECT cm."userId" AS "userId", u."name" AS "name"
      FROM "CohortMember" cm JOIN "Cohort" c ON c."id" = cm."cohortId" JOIN "OrganisationMember" om ON om."userId" = cm."userId" JOIN "User" u ON u."id" = om."userId"
      WHERE c."id" = ${scope.cohortId} AND c."organisationId" = ${scope.organisationId}${some(scope)}`,
    db.$queryRaw<{ userId: string; ms: Num; last: string | Date | null; n: Num; graded: Num; credit: Num }[]>`
      SELECT a."userId" AS "userId", SUM(ai."timeSpentMs") AS "ms", MAX(ai."answeredAt") AS "last",
             COUNT(*) AS "n", COUNT(ai."credit") AS "graded", SUM(ai."credit") AS "credit"
      FROM "AttemptItem" ai JOIN "Attempt" a ON a."id" = ai."attemptId"
      WHERE a."userId" IN (${inCohort}) AND ai."answeredAt" IS NOT NULL
      GROUP BY a."userId"`,
    db.$queryRaw<{ userId: string; courseId: string; minutes: Num; n: Num; last: string | Date }[]>`
      SELECT lc."userId" AS "userId", l."courseId" AS "courseId", SUM(l."minutes") AS "minutes", COUNT(*) AS "n", MAX(lc."completedAt") AS "last"
      FROM "LessonCompletion" lc JOIN "Lesson" l ON l."id" = lc."lessonId"
      WHERE lc."userId" IN (${inCohort})
      GROUP BY lc."userId", l."courseId"`,
    db.$queryRaw<{ userId: string; last: string | Date; n: Num; credit: Num }[]>`
      SELECT r."userId" AS "userId", MAX(r."answeredAt") AS "last", COUNT(*) AS "n", SUM(r."credit") AS "credit" FROM "ReviewLog" r
      WHERE r."userId" IN (${inCohort}) GROUP BY r."userId"`,
    questionBankStamp(targetId ? [targetId] : []),
  ]);

  const facts = new Map<string, MemberFacts & { answered: string; reviews: string }>(
    members.map((m) => [m.userId, { id: m.userId, name: m.name, evidence: [], hours: 0, lastStudyAt: null, completed: new Map(), answered: "", reviews: "" }]),
  );
  const assigned = new Set(courses.map((c) => c.courseId));
  for (const a of answering) {
    const f = facts.get(a.userId);
    if (!f) continue;
    f.hours += Number(a.ms ?? 0) / 3_600_000;
    f.lastStudyAt = latest(f.lastStudyAt, toDate(a.last));
    f.answered = stamp(a.n, a.graded, a.credit === null ? null : Number(a.credit), toDate(a.last));
  }
  for (const l of lessons) {
    const f = facts.get(l.userId);
    if (!f) continue;
    f.hours += Number(l.minutes) / 60;
    f.lastStudyAt = latest(f.lastStudyAt, toDate(l.last));
    if (assigned.has(l.courseId)) f.completed.set(l.courseId, Number(l.n));
  }
  for (const r of reviewed) {
    const f = facts.get(r.userId);
    if (!f) continue;
    f.lastStudyAt = latest(f.lastStudyAt, toDate(r.last));
    f.reviews = stamp(r.n, r.credit === null ? null : Number(r.credit), toDate(r.last));
  }
  return [...facts.values()].map(({ answered, reviews, ...f }) => ({ ...f, hours: Math.round(f.hours * 10) / 10, answers: `${answered}|${reviews}`, bank }));
}

/**
 * Each member's answers to the exam's questions grouped by domain, difficulty
 * and day (the readiness model weighs a group as its answers one by one): two
 * queries, whatever the cohort's size. Never an answer itself.
 */
export async function loadMemberEvidence(scope: Scope, targetId: string): Promise<Map<string, Evidence[]>> {
  const inCohort = membersOf(scope);
  const [items, reviews] = await Promise.all([
    db.$queryRaw<Grouped[]>`
      SELECT a."userId" AS "userId", ai."domain" AS "domain", q."difficulty" AS "difficulty",
             SUM(ai."credit") AS "credit", COUNT(*) AS "n", MAX(ai."answeredAt") AS "at"
      FROM "AttemptItem" ai JOIN "Attempt" a ON a."id" = ai."attemptId" JOIN "Question" q ON q."id" = ai."questionId"
      WHERE a."userId" IN (${inCohort}) AND q."targetId" = ${targetId} AND ai."credit" IS NOT NULL AND ai."answeredAt" IS NOT NULL
      GROUP BY a."userId", ai."domain", q."difficulty", ${dayOf(`ai."answeredAt"`)}`,
    db.$queryRaw<Grouped[]>`
      SELECT r."userId" AS "userId", q."domain" AS "domain", q."difficulty" AS "difficulty",
             SUM(r."credit") AS "credit", COUNT(*) AS "n", MAX(r."answeredAt") AS "at"
      FROM "ReviewLog" r JOIN "Question" q ON q."id" = r."questionId"
      WHERE r."userId" IN (${inCohort}) AND q."targetId" = ${targetId}
      GROUP BY r."userId", q."domain", q."difficulty", ${dayOf(`r."answeredAt"`)}`,
  ]);
  const evidence = new Map<string, Evidence[]>();
  for (const g of [...items, ...reviews]) {
    const n = Number(g.n);
    let list = evidence.get(g.userId);
    if (!list) evidence.set(g.userId, (list = []));
    list.push({ domain: g.domain, difficulty: Number(g.difficulty), credit: Number(g.credit) / n, count: n, at: toDate(g.at)! } satisfies Evidence);
  }
  return evidence;
}
