// The answers the readiness model reads, for the dashboard, for a reported
// exam result and for a refit: one entry per learner, question and day (a
// question answered twice in a day counts twice, dated by the later answer),
// so the model sees each item, its number of options and its age.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { dayOf, jsonArrayLength } from "@/lib/data/sql-dialect";
import type { Evidence } from "@/lib/readiness/model";

type Row = { userId: string; targetId: string; itemId: string; domain: string; difficulty: number | bigint; choices: number | bigint | null; credit: number; n: number | bigint; at: string | Date };

export const evidenceKey = (userId: string, targetId: string) => `${userId}:${targetId}`;

/**
 * Evidence by `evidenceKey(userId, targetId)`. Only callers that have checked
 * who may read these learners' answers pass their ids: the learner's own data
 * layer functions, and the admin's refit.
 */
export async function learnerEvidence(userIds: string[], targetIds: string[]): Promise<Map<string, Evidence[]>> {
  const out = new Map<string, Evidence[]>();
  if (userIds.length === 0 || targetIds.length === 0) return out;
  const users = Prisma.join(userIds);
  const targets = Prisma.join(targetIds);
  // The guessing floor is known for items with one right option among several: single choice and true/false.
  const [items, reviews] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT a."userId" AS "userId", q."targetId" AS "targetId", q."id" AS "itemId", ai."domain" AS "domain", q."difficulty" AS "difficulty",
        CASE qv."type" WHEN 'single' THEN ${jsonArrayLength(`qv."payload"`, "options")} WHEN 'true-false' THEN 2 ELSE NULL END AS "choices",
        SUM(ai."credit") AS "credit", COUNT(*) AS "n", MAX(ai."answeredAt") AS "at"
      FROM "AttemptItem" ai JOIN "Attempt" a ON a."id" = ai."attemptId" JOIN "Question" q ON q."id" = ai."questionId" JOIN "QuestionVersion" qv ON qv."id" = ai."questionVersionId"
      WHERE a."userId" IN (${users}) AND q."targetId" IN (${targets}) AND ai."credit" IS NOT NULL AND ai."answeredAt" IS NOT NULL
      GROUP BY a."userId", q."id", qv."id", ai."domain", ${dayOf(`ai."answeredAt"`)}`,
    db.$queryRaw<Row[]>`
      SELECT r."userId" AS "userId", q."targetId" AS "targetId", q."id" AS "itemId", q."domain" AS "domain", q."difficulty" AS "difficulty", NULL AS "choices",
        SUM(r."credit") AS "credit", COUNT(*) AS "n", MAX(r."answeredAt") AS "at"
      FROM "ReviewLog" r JOIN "Question" q ON q."id" = r."questionId"
      WHERE r."userId" IN (${users}) AND q."targetId" IN (${targets})
      GROUP BY r."userId", q."id", ${dayOf(`r."answeredAt"`)}`,
  ]);
  for (const g of [...items, ...reviews]) {
    const n = Number(g.n);
    const key = evidenceKey(g.userId, g.targetId);
    const list = out.get(key) ?? [];
    if (list.length === 0) out.set(key, list);
    list.push({
      domain: g.domain,
      difficulty: Number(g.difficulty),
      credit: Number(g.credit) / n,
      count: n,
      at: g.at instanceof Date ? g.at : new Date(g.at),
      itemId: g.itemId,
      ...(g.choices === null ? {} : { choices: Number(g.choices) }),
    });
  }
  return out;
}

/** The evidence a learner had on the morning of `day`: what the model would have read then. */
export const evidenceBefore = (evidence: Evidence[], day: Date) => evidence.filter((e) => e.at < day);
