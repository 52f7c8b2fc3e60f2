// The HR dashboard at scale, on the file `npm run seed:scale` builds:
//   npx tsx scripts/bench-hr.ts [--db .tmp/scale/kaizen-scale.db] [--runs 3] [--cohorts scale-cohort-1,scale-all] [--cpu] [--json FILE]
// Prints, per cohort size, the data layer's time for the cohort dashboard next to
// the raw SQL of the same aggregation (better-sqlite3, no Prisma, no model), and
// the learner dashboard's data time for the learner with 5,000 answers. Run in
// process with the session handed to the data layer, as the action client does;
// the first run is cold (no member model memoised), then the median of the next runs,
// then the first view of the next day (the process's memo is today's), and of
// the day after once the background warmer has run for it; only ratios mean much
// on a shared machine. --cpu times by this process's CPU time instead of the
// clock: on a machine busy with other work, that is what stays comparable.
import fs from "node:fs";
import { register } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";

// The data layer marks itself server-only; outside Next.js that marker is what the tests stub too.
const stub = pathToFileURL(path.resolve("test/stubs/server-only.ts")).href;
const hook = `export async function resolve(s, c, next) { return next(s === "server-only" ? ${JSON.stringify(stub)} : s, c); }`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);

const { values } = parseArgs({ options: { db: { type: "string", default: path.join(".tmp", "scale", "kaizen-scale.db") }, runs: { type: "string", default: "3" }, cohorts: { type: "string", default: "scale-cohort-1,scale-all" }, cpu: { type: "boolean", default: false }, json: { type: "string" } } });
const file = path.resolve(values.db);
process.env.DATABASE_URL = `file:${file}`;
const runs = Number(values.runs);
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const clock = values.cpu ? cpuMs : () => performance.now();

const { withSession } = await import("../lib/data/viewer");
const { getCohortDashboard } = await import("../lib/data/hr/get-cohort-dashboard");
const { getDashboard } = await import("../lib/data/dashboard/get-dashboard");
const { warmMemberModels } = await import("../lib/data/hr/warm-member-models");

const sqlite = new Database(file, { readonly: true });
const user = (email: string) => sqlite.prepare(`SELECT id, name, email, role FROM "User" WHERE email = ?`).get(email) as { id: string; name: string; email: string; role: "hr" | "learner" };
const hr = user("hr@scale.kaizen.test");
const heavy = user("heavy@scale.kaizen.test");
const pmp = (sqlite.prepare(`SELECT id FROM "CertificationTarget" WHERE code = 'PMP'`).get() as { id: string }).id;

/** The first run's time (cold: nothing memoised yet) and the median of the next `runs`. */
async function timed(fn: () => Promise<unknown> | unknown): Promise<{ cold: number; warm: number }> {
  const t0 = clock();
  await fn();
  const cold = clock() - t0;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = clock();
    await fn();
    times.push(clock() - t);
  }
  return { cold, warm: times.sort((a, b) => a - b)[Math.floor(times.length / 2)]! };
}

/**
 * The aggregation load-member-facts.ts runs for a cohort none of whose models is
 * memoised, as plain SQL (without the fingerprint columns): what a view costs
 * without the memo, and still the yardstick of the views that read it.
 */
function rawAggregation(cohortId: string) {
  const members = `SELECT cm."userId" FROM "CohortMember" cm JOIN "Cohort" c ON c."id" = cm."cohortId" WHERE c."id" = ? AND c."organisationId" = 'scale-organisation'`;
  return [
    sqlite.prepare(`SELECT a."userId", ai."domain", q."difficulty", SUM(ai."credit"), COUNT(*), MAX(ai."answeredAt") FROM "AttemptItem" ai JOIN "Attempt" a ON a."id" = ai."attemptId" JOIN "Question" q ON q."id" = ai."questionId"
      WHERE a."userId" IN (${members}) AND q."targetId" = ? AND ai."credit" IS NOT NULL AND ai."answeredAt" IS NOT NULL GROUP BY a."userId", ai."domain", q."difficulty", substr(ai."answeredAt", 1, 10)`).all(cohortId, pmp),
    sqlite.prepare(`SELECT r."userId", q."domain", q."difficulty", SUM(r."credit"), COUNT(*), MAX(r."answeredAt") FROM "ReviewLog" r JOIN "Question" q ON q."id" = r."questionId"
      WHERE r."userId" IN (${members}) AND q."targetId" = ? GROUP BY r."userId", q."domain", q."difficulty", substr(r."answeredAt", 1, 10)`).all(cohortId, pmp),
    sqlite.prepare(`SELECT a."userId", SUM(ai."timeSpentMs"), MAX(ai."answeredAt") FROM "AttemptItem" ai JOIN "Attempt" a ON a."id" = ai."attemptId" WHERE a."userId" IN (${members}) AND ai."answeredAt" IS NOT NULL GROUP BY a."userId"`).all(cohortId),
    sqlite.prepare(`SELECT lc."userId", l."courseId", SUM(l."minutes"), COUNT(*), MAX(lc."completedAt") FROM "LessonCompletion" lc JOIN "Lesson" l ON l."id" = lc."lessonId" WHERE lc."userId" IN (${members}) GROUP BY lc."userId", l."courseId"`).all(cohortId),
    sqlite.prepare(`SELECT r."userId", MAX(r."answeredAt") FROM "ReviewLog" r WHERE r."userId" IN (${members}) GROUP BY r."userId"`).all(cohortId),
  ];
}

const as = <T>(viewer: typeof hr, fn: () => Promise<T>) => withSession({ viewer, sessionId: "bench" }, fn);
const answers = (sqlite.prepare(`SELECT COUNT(*) AS n FROM "AttemptItem"`).get() as { n: number }).n;
const learners = (sqlite.prepare(`SELECT COUNT(*) AS n FROM "OrganisationMember" WHERE kind = 'member'`).get() as { n: number }).n;
console.log(`${file}: ${learners} learners, ${answers} answers; median of ${runs} after a warm-up; ${values.cpu ? "CPU" : "clock"} time\n`);
console.log("cohort              members   cold (ms)   warm (ms)   next day (ms)   warmed day (ms)   raw SQL (ms)   warm/SQL   next day/SQL   warmed day/SQL   JSON of one page (kB)");
const cohorts: { cohort: string; members: number; coldMs: number; warmMs: number; nextDayMs: number; warmedDayMs: number; warmingMs: number; rawSqlMs: number; ratio: number; nextDayRatio: number; warmedDayRatio: number }[] = [];
const DAY = 86_400_000;
for (const cohort of values.cohorts.split(",")) {
  let size = 0;
  let members = 0;
  const view = (now?: Date) =>
    as(hr, async () => {
      const d = await getCohortDashboard({ cohort }, now);
      members = d?.cohort?.members ?? 0;
      size = JSON.stringify(d?.rows ?? []).length;
    });
  const dal = await timed(() => view());
  // The first view of tomorrow, with what today's views left in the process; then the day after, once the warmer has run for it.
  const later = async (days: number) => {
    const t = clock();
    await view(new Date(Date.now() + days * DAY));
    return clock() - t;
  };
  const nextDay = await later(1);
  const w = clock();
  await warmMemberModels(new Date(Date.now() + 2 * DAY));
  const warming = clock() - w;
  const warmedDay = await later(2);
  const raw = (await timed(() => rawAggregation(cohort))).warm;
  const cells = [dal.cold, dal.warm, nextDay, warmedDay, raw].map((ms, i) => ms.toFixed(0).padStart([12, 12, 16, 18, 15][i]!));
  const ratios = [dal.warm, nextDay, warmedDay].map((ms, i) => `${(ms / raw).toFixed(2)}x`.padStart([11, 15, 17][i]!));
  console.log(`${cohort.padEnd(20)}${String(members).padStart(7)}${cells.join("")}${ratios.join("")}${(size / 1024).toFixed(0).padStart(24)}   (warming every cohort: ${(warming / 1000).toFixed(1)} s)`);
  cohorts.push({ cohort, members, coldMs: dal.cold, warmMs: dal.warm, nextDayMs: nextDay, warmedDayMs: warmedDay, warmingMs: warming, rawSqlMs: raw, ratio: dal.warm / raw, nextDayRatio: nextDay / raw, warmedDayRatio: warmedDay / raw });
}
const heavyAnswers = (sqlite.prepare(`SELECT COUNT(*) AS n FROM "AttemptItem" ai JOIN "Attempt" a ON a.id = ai."attemptId" WHERE a."userId" = ?`).get(heavy.id) as { n: number }).n;
const learnerTime = await timed(() => as(heavy, () => getDashboard()));
// A view that must read the evidence and fit it all again: the first of each following day.
const refits: number[] = [];
for (let day = 1; day <= runs; day++) {
  const t = clock();
  await as(heavy, () => getDashboard(new Date(Date.now() + day * DAY)));
  refits.push(clock() - t);
}
const learnerRefit = refits.sort((a, b) => a - b)[Math.floor(refits.length / 2)]!;
// And the view after each of `runs` new answers today (review rows, removed again afterwards).
const { db } = await import("../lib/db");
const reviewed = (sqlite.prepare(`SELECT "id" FROM "Question" WHERE "targetId" = ? LIMIT 1`).get(pmp) as { id: string }).id;
const added: string[] = [];
const afterAnswers: number[] = [];
try {
  for (let i = 0; i < runs; i++) {
    added.push((await db.reviewLog.create({ data: { userId: heavy.id, questionId: reviewed, credit: 1, correct: true }, select: { id: true } })).id);
    const t = clock();
    await as(heavy, () => getDashboard());
    afterAnswers.push(clock() - t);
  }
} finally {
  await db.reviewLog.deleteMany({ where: { id: { in: added } } });
}
const learnerAfterAnswer = afterAnswers.sort((a, b) => a - b)[Math.floor(afterAnswers.length / 2)]!;
// The learner's own evidence, grouped as the model reads it, as plain SQL.
const learnerSql = sqlite.prepare(`SELECT ai."domain", q."difficulty", SUM(ai."credit"), COUNT(*), MAX(ai."answeredAt") FROM "AttemptItem" ai JOIN "Attempt" a ON a."id" = ai."attemptId" JOIN "Question" q ON q."id" = ai."questionId"
  WHERE a."userId" = ? AND ai."credit" IS NOT NULL AND ai."answeredAt" IS NOT NULL GROUP BY q."targetId", ai."domain", q."difficulty", substr(ai."answeredAt", 1, 10)`);
const learnerRaw = (await timed(() => learnerSql.all(heavy.id))).warm;
console.log(`\nlearner dashboard data, ${heavyAnswers} answers: ${learnerTime.cold.toFixed(0)} ms cold, ${learnerTime.warm.toFixed(0)} ms warm, ${learnerRefit.toFixed(0)} ms on a new day's first view, ${learnerAfterAnswer.toFixed(0)} ms after a new answer; raw SQL of its evidence ${learnerRaw.toFixed(1)} ms`);
if (values.json) {
  fs.writeFileSync(values.json, JSON.stringify({ file, learners, answers, runs, cohorts, learnerDashboard: { answers: heavyAnswers, coldMs: learnerTime.cold, warmMs: learnerTime.warm, newDayMs: learnerRefit, afterAnswerMs: learnerAfterAnswer, rawSqlMs: learnerRaw, ratio: learnerTime.warm / learnerRaw } }, null, 2));
}
sqlite.close();
