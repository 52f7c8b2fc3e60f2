// The README's PostgreSQL backup procedure, exercised: pg_dump while another process keeps
// saving answers gives one consistent snapshot, and pg_restore into an empty database,
// then `npm run db:migrate` (which applies nothing), brings back exactly what it holds.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { Client } from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { binDir } from "@/scripts/pg-cluster";
import { createDatabase, dropDatabase } from "./postgres";
import { followSaves } from "./write-load";

const require = createRequire(import.meta.url);
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

// Saves answers in its own process, one transaction per answer; the attempt's `section`
// counts the answers saved, so a torn snapshot shows as a mismatch.
const WRITER = `
const { Client } = require("pg");
const [url, attemptId, questionId, versionId] = process.argv.slice(1);
const db = new Client({ connectionString: url });
(async () => {
  await db.connect();
  for (let i = 0; ; i++) {
    await db.query("BEGIN");
    await db.query('INSERT INTO "AttemptItem" ("id", "attemptId", "position", "questionId", "questionVersionId", "domain", "response", "answeredAt") VALUES ($1, $2, $3, $4, $5, $6, $7, now())',
      ["load-item-" + i, attemptId, i, questionId, versionId, "people", JSON.stringify({ choice: i % 4, note: "x".repeat(200) })]);
    await db.query('UPDATE "Attempt" SET "section" = "section" + 1 WHERE "id" = $1', [attemptId]);
    await db.query("COMMIT");
    if (i % 20 === 19) process.stdout.write(i + 1 + "\\n");
  }
})();
`;

/** Row counts, the answers' checksum and the load's own count; `loadUpTo` leaves out the load's answers from that position on. */
async function snapshot(url: string, loadUpTo = 2 ** 31 - 1) {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const tables = (await db.query<{ name: string }>(`SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)).rows.map((t) => t.name);
    const counts: Record<string, number> = {};
    for (const t of tables) counts[t] = Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM "${t}"`)).rows[0]!.n);
    const hash = crypto.createHash("sha256");
    const answers = await db.query(`SELECT "id", "attemptId", "position", "response" FROM "AttemptItem" WHERE NOT ("attemptId" = 'load-attempt' AND "position" >= $1) ORDER BY "id"`, [loadUpTo]);
    for (const row of answers.rows) hash.update(JSON.stringify(row));
    const { section } = (await db.query<{ section: number }>(`SELECT "section" FROM "Attempt" WHERE "id" = 'load-attempt'`)).rows[0]!;
    const loadItems = Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM "AttemptItem" WHERE "attemptId" = 'load-attempt'`)).rows[0]!.n);
    return { counts, answers: hash.digest("hex"), section, loadItems };
  } finally {
    await db.end();
  }
}

const run = (command: string, args: string[], env: NodeJS.ProcessEnv = process.env) => spawnSync(command, args, { env, encoding: "utf8" });

describe.runIf(inject("postgres"))("PostgreSQL backup and restore (README, Operations)", () => {
  it("round-trips a pg_dump taken under a concurrent write load", async () => {
    const live = process.env.DATABASE_URL!;
    const setup = new Client({ connectionString: live });
    await setup.connect();
    const { rows } = await setup.query<{ userId: string; questionId: string; versionId: string }>(
      `SELECT (SELECT "id" FROM "User" LIMIT 1) AS "userId", v."questionId" AS "questionId", v."id" AS "versionId" FROM "QuestionVersion" v LIMIT 1`,
    );
    const { userId, questionId, versionId } = rows[0]!;
    await setup.query(`INSERT INTO "Attempt" ("id", "userId", "mode", "section") VALUES ('load-attempt', $1, 'full', 0)`, [userId]);
    await setup.end();

    const writer = spawn(process.execPath, ["-e", WRITER, live, "load-attempt", questionId, versionId], { cwd: process.cwd() });
    cleanups.push(() => writer.kill("SIGKILL"));
    const { saved, savedAtLeast } = followSaves(writer);
    await savedAtLeast(200);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kaizen-pg-backup-"));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const dump = path.join(dir, "kaizen.dump");
    const dumped = run(path.join(binDir(), "pg_dump"), ["--format=custom", "--no-owner", `--file=${dump}`, live]);
    expect(dumped.status, dumped.stderr).toBe(0);
    const during = saved();
    await savedAtLeast(during + 100);
    writer.kill("SIGKILL");

    const name = `kaizen_restored_${process.pid}`;
    const restoredUrl = await createDatabase(inject("postgres")!.server, name);
    cleanups.push(() => dropDatabase(inject("postgres")!.server, name));
    const restored = run(path.join(binDir(), "pg_restore"), ["--no-owner", "--exit-on-error", `--dbname=${restoredUrl}`, dump]);
    expect(restored.status, restored.stderr).toBe(0);
    const migrated = run(process.execPath, [require.resolve("tsx/cli"), "scripts/migrate-database.ts"], { ...process.env, DATABASE_URL: restoredUrl });
    expect(migrated.status, migrated.stderr + migrated.stdout).toBe(0);

    const taken = await snapshot(restoredUrl);
    // Consistent: every saved answer has its count, and the load kept writing past the dump.
    expect(taken.loadItems).toBe(taken.section);
    expect(taken.section).toBeGreaterThanOrEqual(200);
    const now = await snapshot(live);
    expect(now.section).toBeGreaterThan(taken.section);
    // The restore holds every table's rows as the dump took them: the live database differs by the later answers only.
    expect({ ...taken.counts, AttemptItem: 0 }).toEqual({ ...now.counts, AttemptItem: 0 });
    expect(now.counts.AttemptItem! - taken.counts.AttemptItem!).toBe(now.section - taken.section);
    expect((await snapshot(live, taken.section)).answers).toBe(taken.answers);
  }, 120_000);
});
