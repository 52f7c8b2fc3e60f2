// The answers the readiness model reads, for the dashboard, for a reported
// exam result and for a refit: one entry per learner, question and day (a
// question answered twice in a day counts twice, dated by the later answer),
// so the model sees each item, its number of options and its age.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { comparedToDay, dayOf, jsonArrayLength, packedDate, packedRows, unpackRows } from "@/lib/data/sql-dialect";
import type { Evidence } from "@/lib/readiness/model";
import { questionBankStamp } from "./question-bank-stamp";

const COLUMNS = ["userId", "targetId", "itemId", "domain", "difficulty", "choices", "credit", "n", "at"] as const;
type Row = [userId: string, targetId: string, itemId: string, domain: string, difficulty: number, choices: number | null, credit: number, n: number, at: string];

export const evidenceKey = (userId: string, targetId: string) => `${userId}:${targetId}`;

/**
 * Evidence by `evidenceKey(userId, targetId)`, all of it or that of the days from
 * `sinceDay` (`YYYY-MM-DD`, UTC) on. Only callers that have checked who may read these
 * learners' answers pass their ids: the learner's own data layer functions, and the
 * admin's refit.
 */
export async function learnerEvidence(userIds: string[], targetIds: string[], sinceDay?: string): Promise<Map<string, Evidence[]>> {
  const out = new Map<string, Evidence[]>();
  if (userIds.length === 0 || targetIds.length === 0) return out;
  const users = Prisma.join(userIds);
  const targets = Prisma.join(targetIds);
  const since = (column: string) => (sinceDay ? Prisma.sql` AND ${comparedToDay(column, ">=", sinceDay)}` : Prisma.empty);
  // The guessing floor is known for items with one right option among several: single choice and true/false.
  const [items, reviews] = await Promise.all([
    db.$queryRaw<{ rows: string }[]>(
      packedRows(
        COLUMNS,
        // Options are counted once per question version of the targets (parsing the payload was a
        // third of the time when done per answer), then joined to the grouped answers.
        Prisma.sql`
          SELECT g."userId", g."targetId", g."itemId", g."domain", g."difficulty", v."choices", g."credit", g."n", g."at"
          FROM (
            SELECT a."userId" AS "userId", q."targetId" AS "targetId", q."id" AS "itemId", ai."questionVersionId" AS "versionId", ai."domain" AS "domain",
              q."difficulty" AS "difficulty", SUM(ai."credit") AS "credit", COUNT(*) AS "n", MAX(ai."answeredAt") AS "at"
            FROM "AttemptItem" ai JOIN "Attempt" a ON a."id" = ai."attemptId" JOIN "Question" q ON q."id" = ai."questionId"
            WHERE a."userId" IN (${users}) AND q."targetId" IN (${targets}) AND ai."credit" IS NOT NULL AND ai."answeredAt" IS NOT NULL${since(`ai."answeredAt"`)}
            GROUP BY a."userId", q."id", ai."questionVersionId", ai."domain", ${dayOf(`ai."answeredAt"`)}
          ) g
          JOIN (
            SELECT qv."id" AS "id", CASE qv."type" WHEN 'single' THEN ${jsonArrayLength(`qv."payload"`, "options")} WHEN 'true-false' THEN 2 ELSE NULL END AS "choices"
            FROM "QuestionVersion" qv JOIN "Question" q ON q."id" = qv."questionId"
            WHERE q."targetId" IN (${targets})
          ) v ON v."id" = g."versionId"`,
      ),
    ),
    db.$queryRaw<{ rows: string }[]>(
      packedRows(
        COLUMNS,
        Prisma.sql`
          SELECT r."userId" AS "userId", q."targetId" AS "targetId", q."id" AS "itemId", q."domain" AS "domain", q."difficulty" AS "difficulty", NULL AS "choices",
            SUM(r."credit") AS "credit", COUNT(*) AS "n", MAX(r."answeredAt") AS "at"
          FROM "ReviewLog" r JOIN "Question" q ON q."id" = r."questionId"
          WHERE r."userId" IN (${users}) AND q."targetId" IN (${targets})${since(`r."answeredAt"`)}
          GROUP BY r."userId", q."id", ${dayOf(`r."answeredAt"`)}`,
      ),
    ),
  ]);
  for (const [userId, targetId, itemId, domain, difficulty, choices, credit, n, at] of [...unpackRows<Row>(items), ...unpackRows<Row>(reviews)]) {
    const key = evidenceKey(userId, targetId);
    const list = out.get(key) ?? [];
    if (list.length === 0) out.set(key, list);
    list.push({ domain, difficulty, credit: credit / n, count: n, at: packedDate(at), itemId, ...(choices === null ? {} : { choices }) });
  }
  return out;
}

/** The evidence a learner had on the morning of `day`: what the model would have read then. */
export const evidenceBefore = (evidence: Evidence[], day: Date) => evidence.filter((e) => e.at < day);

type Stamp = { n: number | bigint; graded?: number | bigint; credit: number | null; last: string | Date | null };
type Stamps = Stamp & { [K in keyof Stamp as `before${Capitalize<K>}`]: Stamp[K] };

/**
 * What identifies a learner's evidence for these targets without reading it: `answers`,
 * their answers' and reviews' count, graded count, total credit and latest time; `before`,
 * the same of those before the day `day` (`YYYY-MM-DD`, UTC); `bank`, `questionBankStamp`
 * of the targets. Equal stamps, equal evidence; three aggregate queries, where the
 * evidence itself is a grouping of the learner's rows.
 */
export async function evidenceStamp(userId: string, targetIds: string[], day: string): Promise<{ answers: string; before: string; bank: string }> {
  const before = (column: string) => comparedToDay(column, "<", day);
  const [[items], [reviews], bank] = await Promise.all([
    db.$queryRaw<Stamps[]>`
      SELECT COUNT(*) AS "n", COUNT(ai."credit") AS "graded", SUM(ai."credit") AS "credit", MAX(ai."answeredAt") AS "last",
        COUNT(CASE WHEN ${before(`ai."answeredAt"`)} THEN 1 END) AS "beforeN", COUNT(CASE WHEN ${before(`ai."answeredAt"`)} THEN ai."credit" END) AS "beforeGraded",
        SUM(CASE WHEN ${before(`ai."answeredAt"`)} THEN ai."credit" END) AS "beforeCredit", MAX(CASE WHEN ${before(`ai."answeredAt"`)} THEN ai."answeredAt" END) AS "beforeLast"
      FROM "AttemptItem" ai JOIN "Attempt" a ON a."id" = ai."attemptId"
      WHERE a."userId" = ${userId} AND ai."answeredAt" IS NOT NULL`,
    db.$queryRaw<Stamps[]>`
      SELECT COUNT(*) AS "n", SUM(r."credit") AS "credit", MAX(r."answeredAt") AS "last",
        COUNT(CASE WHEN ${before(`r."answeredAt"`)} THEN 1 END) AS "beforeN", SUM(CASE WHEN ${before(`r."answeredAt"`)} THEN r."credit" END) AS "beforeCredit",
        MAX(CASE WHEN ${before(`r."answeredAt"`)} THEN r."answeredAt" END) AS "beforeLast"
      FROM "ReviewLog" r WHERE r."userId" = ${userId}`,
    questionBankStamp(targetIds),
  ]);
  const plain = (v: unknown) => (typeof v === "bigint" ? Number(v) : v instanceof Date ? v.toISOString() : v);
  const all = (s: Stamps) => [s.n, s.graded, s.credit, s.last].map(plain);
  const earlier = (s: Stamps) => [s.beforeN, s.beforeGraded, s.beforeCredit, s.beforeLast].map(plain);
  return { answers: JSON.stringify([all(items!), all(reviews!)]), before: JSON.stringify([earlier(items!), earlier(reviews!)]), bank };
}
