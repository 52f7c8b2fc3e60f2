// A large organisation in its own SQLite file, for the HR benchmark:
//   npm run seed:scale -- --learners 10000 --answers 1000000 [--db .tmp/scale/kaizen-scale.db]
// Content and question bank as usual, then an organisation with that many
// learners in 20 cohorts (plus "All staff"), PMP assigned to each, and answers
// spread over 8 weeks; one learner ("heavy") has 5,000 answers for the learner
// dashboard's benchmark. Nobody has a password. Deterministic; rows go through one prepared statement
// per table inside transactions, which is what makes a million rows take minutes.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { seededRandom } from "../lib/assessment/present";
import { gaussian, itemLogit, logistic } from "../lib/readiness/model";
import { prepareDatabase } from "./prepare-database";

const DAY = 86_400_000;
const { values } = parseArgs({
  options: {
    learners: { type: "string", default: "10000" },
    answers: { type: "string", default: "1000000" },
    db: { type: "string", default: path.join(".tmp", "scale", "kaizen-scale.db") },
  },
});
const learners = Number(values.learners);
const answers = Number(values.answers);
if (!Number.isInteger(learners) || learners < 20 || !Number.isInteger(answers) || answers < learners) {
  console.error("Usage: --learners N (20 or more) --answers M (at least N)");
  process.exit(1);
}
const SCALE_HR = "hr@scale.kaizen.test";
const SCALE_HEAVY = "heavy@scale.kaizen.test";

const file = path.resolve(values.db);
const started = performance.now();
for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
await prepareDatabase({ url: `file:${file}`, demo: false });
console.log(`Content imported in ${Math.round((performance.now() - started) / 1000)} s.`);

const db = new Database(file);
db.pragma("journal_mode = WAL");
db.pragma("synchronous = OFF");
const iso = (t: number) => new Date(t).toISOString().replace("Z", "+00:00");
const now = Date.now();
const start = now - 56 * DAY;
const random = seededRandom("kaizen-scale");

const pmp = db.prepare(`SELECT id FROM "CertificationTarget" WHERE code = 'PMP'`).get() as { id: string };
const pool = db
  .prepare(
    `SELECT q.id, q.domain, q.difficulty, (SELECT v.id FROM "QuestionVersion" v WHERE v."questionId" = q.id ORDER BY v.version DESC LIMIT 1) AS versionId
     FROM "Question" q WHERE q."targetId" = ? AND q.retired = 0`,
  )
  .all(pmp.id) as { id: string; domain: string; difficulty: number; versionId: string }[];

const insertUser = db.prepare(`INSERT INTO "User" (id, name, email, passwordHash, role, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?)`);
const insertMember = db.prepare(`INSERT INTO "OrganisationMember" (userId, organisationId, kind, joinedAt) VALUES (?, ?, ?, ?)`);
const insertCohortMember = db.prepare(`INSERT INTO "CohortMember" (cohortId, userId, addedAt) VALUES (?, ?, ?)`);
const insertAttempt = db.prepare(
  `INSERT INTO "Attempt" (id, userId, mode, targetId, status, startedAt, submittedAt, score, maxScore, percent) VALUES (?, ?, 'short', ?, 'submitted', ?, ?, ?, ?, ?)`,
);
const insertItem = db.prepare(
  `INSERT INTO "AttemptItem" (id, attemptId, position, questionId, questionVersionId, domain, answeredAt, timeSpentMs, credit, correct) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
);

const orgId = "scale-organisation";
db.transaction(() => {
  db.prepare(`INSERT INTO "Organisation" (id, name, aggregateOnly, createdAt) VALUES (?, 'Scale Corp', 0, ?)`).run(orgId, iso(start));
  insertUser.run("scale-hr", "Scale HR", SCALE_HR, null, "hr", iso(start), iso(start));
  insertMember.run("scale-hr", orgId, "hr", iso(start));
  const cohorts = ["scale-all", ...Array.from({ length: 20 }, (_, i) => `scale-cohort-${i + 1}`)];
  cohorts.forEach((id, i) => {
    db.prepare(`INSERT INTO "Cohort" (id, organisationId, name, createdAt) VALUES (?, ?, ?, ?)`).run(id, orgId, i === 0 ? "All staff" : `Wave ${i}`, iso(start));
    db.prepare(`INSERT INTO "Assignment" (id, cohortId, targetId, dueDate, createdAt) VALUES (?, ?, ?, ?, ?)`).run(`${id}-pmp`, id, pmp.id, iso(now + 60 * DAY - ((now + 60 * DAY) % DAY)), iso(start));
  });
  for (let i = 0; i < learners; i++) {
    const id = `scale-l-${String(i).padStart(6, "0")}`;
    insertUser.run(id, `Learner ${i}`, i === 0 ? SCALE_HEAVY : `${id}@scale.kaizen.test`, null, "learner", iso(start), iso(start));
    insertMember.run(id, orgId, "member", iso(start));
    insertCohortMember.run("scale-all", id, iso(start));
    insertCohortMember.run(`scale-cohort-${(i % 20) + 1}`, id, iso(start));
  }
  db.prepare(`INSERT INTO "LearnerTarget" (userId, targetId, examDate, createdAt) VALUES (?, ?, ?, ?)`).run("scale-l-000000", pmp.id, iso(now + 60 * DAY), iso(start));
})();

// The heavy learner gets 5,000; the rest share what is left, unevenly (some study a lot, some hardly).
const HEAVY = Math.min(5000, Math.floor(answers / 2));
const rest = answers - HEAVY;
const weights = Array.from({ length: learners - 1 }, () => Math.exp(gaussian(random) * 0.8));
const total = weights.reduce((s, w) => s + w, 0);
let written = 0;
let serial = 0;
const writeLearner = db.transaction((userId: string, count: number) => {
  const ability = 0.2 + 0.9 * gaussian(random);
  for (let done = 0; done < count; ) {
    const size = Math.min(20, count - done);
    const at = start + Math.floor(random() * 56 * DAY);
    const attemptId = `scale-a-${++serial}`;
    let score = 0;
    const rows: unknown[][] = [];
    for (let p = 0; p < size; p++) {
      const q = pool[Math.floor(random() * pool.length)]!;
      const correct = random() < logistic(ability + (at - start) / (56 * DAY) * 0.4 - itemLogit(q.difficulty));
      score += correct ? 1 : 0;
      rows.push([`${attemptId}-${p}`, attemptId, p, q.id, q.versionId, q.domain, iso(at + p * 60_000), 30_000 + Math.floor(random() * 60_000), correct ? 1 : 0, correct ? 1 : 0]);
    }
    insertAttempt.run(attemptId, userId, pmp.id, iso(at), iso(at + size * 60_000), score, size, Math.round((score / size) * 1000) / 10);
    for (const r of rows) insertItem.run(...r);
    done += size;
  }
});
writeLearner("scale-l-000000", HEAVY);
written += HEAVY;
for (let i = 1; i < learners; i++) {
  const count = Math.max(1, Math.round((weights[i - 1]! / total) * rest));
  writeLearner(`scale-l-${String(i).padStart(6, "0")}`, count);
  written += count;
  if (i % 1000 === 0) console.log(`${i} learners, ${written} answers…`);
}
db.pragma("wal_checkpoint(TRUNCATE)");
db.exec("ANALYZE");
db.close();
console.log(`Done: ${learners} learners, ${written} answers in ${file} after ${Math.round((performance.now() - started) / 1000)} s.`);
console.log(`HR: ${SCALE_HR}; learner with ${HEAVY} answers: ${SCALE_HEAVY}. No one can sign in: scripts/bench-hr.ts reads it in-process.`);
