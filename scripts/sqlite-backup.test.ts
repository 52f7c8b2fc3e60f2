// A backup taken while another process keeps saving answers is one consistent
// snapshot, and a restore brings back exactly what the backup holds.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { databaseFile } from "@/lib/database-url";
import { backupDatabase, checkBackup, restoreDatabase } from "./sqlite-backup";
import { followSaves } from "@/test/write-load";

const require = createRequire(import.meta.url);
const dir = path.join(process.env.KAIZEN_TEST_DIR!, `backup-${process.pid}`);
const cleanups: (() => unknown)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

// Saves answers in its own process, one transaction per answer; the attempt's
// `section` counts the answers saved, so a torn snapshot shows as a mismatch.
const WRITER = `
const Database = require("better-sqlite3");
const [file, attemptId, versionId] = process.argv.slice(1);
const db = new Database(file, { timeout: 10000 });
const insert = db.prepare("INSERT INTO AttemptItem (id, attemptId, position, questionId, questionVersionId, domain, response, answeredAt) VALUES (?, ?, ?, 'q', ?, 'people', ?, CURRENT_TIMESTAMP)");
const count = db.prepare("UPDATE Attempt SET section = section + 1 WHERE id = ?");
const save = db.transaction((i) => { insert.run("item-" + i, attemptId, i, versionId, JSON.stringify({ choice: i % 4, note: "x".repeat(200) })); count.run(attemptId); });
let i = 0;
const tick = () => { for (let k = 0; k < 20; k++) save(i++); process.stdout.write(i + "\\n"); setImmediate(tick); };
tick();
`;

function snapshot(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    const counts = Object.fromEntries(tables.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n]));
    const hash = crypto.createHash("sha256");
    for (const row of db.prepare("SELECT id, attemptId, position, response FROM AttemptItem ORDER BY id").iterate()) hash.update(JSON.stringify(row));
    const sections = (db.prepare("SELECT section FROM Attempt WHERE id = 'load-attempt'").get() as { section: number }).section;
    return { counts, answers: hash.digest("hex"), sections };
  } finally {
    db.close();
  }
}

describe("backup and restore", () => {
  it("round-trips a backup taken under a concurrent write load", async () => {
    fs.mkdirSync(dir, { recursive: true });
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const live = path.join(dir, "live.db");
    fs.copyFileSync(databaseFile(process.env.DATABASE_URL!), live);
    const setup = new Database(live);
    setup.pragma("journal_mode = WAL");
    const user = setup.prepare("SELECT id FROM User LIMIT 1").get() as { id: string };
    const version = setup.prepare("SELECT id FROM QuestionVersion LIMIT 1").get() as { id: string };
    setup.prepare("INSERT INTO Attempt (id, userId, mode, section) VALUES ('load-attempt', ?, 'full', 0)").run(user.id);
    setup.close();

    const writer = spawn(process.execPath, ["-e", WRITER, live, "load-attempt", version.id], { cwd: process.cwd() });
    cleanups.push(() => writer.kill("SIGKILL"));
    const { saved, savedAtLeast } = followSaves(writer);
    await savedAtLeast(200);

    const backup = path.join(dir, "backups", "during-load.db");
    // In its own process, as `npm run backup` runs beside the app.
    const run = spawnSync(process.execPath, [require.resolve("tsx/cli"), "scripts/backup.ts", backup], {
      env: { ...process.env, DATABASE_URL: `file:${live}` },
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);
    const during = saved();
    await savedAtLeast(during + 200);
    writer.kill("SIGKILL");

    expect(checkBackup(backup)).toEqual([]);
    const taken = snapshot(backup);
    // Consistent: every saved answer has its count, and the load kept writing past the backup.
    expect(taken.counts.AttemptItem).toBe(taken.sections);
    expect(taken.sections).toBeGreaterThanOrEqual(200);
    expect(snapshot(live).sections).toBeGreaterThan(taken.sections);

    const previous = restoreDatabase(backup, live);
    expect(previous && fs.existsSync(previous)).toBe(true);
    expect(snapshot(live)).toEqual(taken);
  }, 60_000);

  it("refuses a damaged file, a foreign database, and a database the app holds", () => {
    fs.mkdirSync(dir, { recursive: true });
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const live = path.join(dir, "held.db");
    fs.copyFileSync(databaseFile(process.env.DATABASE_URL!), live);
    const good = path.join(dir, "good.db");
    backupDatabase(live, good);

    const garbage = path.join(dir, "garbage.db");
    fs.writeFileSync(garbage, "not a database at all ".repeat(100));
    expect(() => restoreDatabase(garbage, live)).toThrow(/Not restoring/);

    const foreign = path.join(dir, "foreign.db");
    new Database(foreign).exec("CREATE TABLE notes (id INTEGER)").close();
    expect(checkBackup(foreign).join()).toMatch(/not a Kaizen Academy database/);

    const older = path.join(dir, "older.db");
    fs.copyFileSync(good, older);
    new Database(older).exec("DELETE FROM _prisma_migrations WHERE migration_name = (SELECT max(migration_name) FROM _prisma_migrations)").close();
    expect(checkBackup(older).join()).toMatch(/lacks migrations/);

    const app = new Database(live);
    app.pragma("journal_mode = WAL");
    app.prepare("SELECT count(*) FROM User").get();
    try {
      expect(() => restoreDatabase(good, live)).toThrow(/open in another process.*Stop it first/s);
    } finally {
      app.close();
    }
    expect(restoreDatabase(good, live)).not.toBeNull();
  });
});
