// Online backup and checked restore of the SQLite database, for `npm run backup`
// and `npm run restore`. `VACUUM INTO` copies one read transaction's snapshot, so a
// backup is consistent while the app keeps writing (WAL readers do not block writers),
// unlike the page-by-page backup API, which restarts whenever another connection writes.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { isHeldByAnotherProcess, migrationNames } from "./migrate-database";

export function defaultBackupFile(databaseFile: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  return path.join(path.dirname(databaseFile), "backups", `${path.basename(databaseFile, ".db")}-${stamp}.db`);
}

export function backupDatabase(source: string, target: string): void {
  if (!fs.existsSync(source)) throw new Error(`There is no database at ${source}.`);
  if (fs.existsSync(target)) throw new Error(`${target} already exists; choose another file.`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const db = new Database(source, { readonly: true, fileMustExist: true, timeout: 10_000 });
  try {
    db.prepare("VACUUM INTO ?").run(target);
  } finally {
    db.close();
  }
  const problems = checkBackup(target);
  if (problems.length > 0) throw new Error(`The backup at ${target} failed its check:\n- ${problems.join("\n- ")}`);
}

/** Why a file cannot be restored: empty when it is a sound Kaizen database with this code's migrations. */
export function checkBackup(file: string, migrations = migrationNames()): string[] {
  if (!fs.existsSync(file)) return [`${file} does not exist.`];
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    return [`${file} cannot be opened as SQLite: ${(error as Error).message}`];
  }
  try {
    return kaizenDatabaseProblems(db, migrations);
  } catch (error) {
    return [`${file} cannot be read as SQLite: ${(error as Error).message}`];
  } finally {
    db.close();
  }
}

function kaizenDatabaseProblems(db: Database.Database, migrations: string[]): string[] {
  const integrity = db.pragma("integrity_check") as { integrity_check: string }[];
  if (integrity.length !== 1 || integrity[0]?.integrity_check !== "ok") {
    return [`integrity_check: ${integrity.map((row) => row.integrity_check).slice(0, 5).join("; ")}`];
  }
  const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name));
  const missing = ["_prisma_migrations", "User", "Course", "Attempt", "AttemptItem"].filter((t) => !tables.has(t));
  if (missing.length > 0) return [`not a Kaizen Academy database (no ${missing.join(", ")} table).`];
  const applied = (
    db.prepare("SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL").all() as { name: string }[]
  ).map((row) => row.name);
  const unknown = applied.filter((name) => !migrations.includes(name));
  const absent = migrations.filter((name) => !applied.includes(name));
  const problems: string[] = [];
  if (unknown.length > 0) problems.push(`it has migrations this code does not know (${unknown.join(", ")}): restore it with the version that made it.`);
  if (absent.length > 0) problems.push(`it lacks migrations this code has (${absent.join(", ")}): restore it with the version that made it, then upgrade.`);
  return problems;
}

/**
 * Replaces the database with a checked backup. The current file is first saved
 * beside it (`…-before-restore-<time>.db`), so a restore can be undone.
 * Returns that file's path.
 */
export function restoreDatabase(backup: string, target: string, now = new Date()): string | null {
  const problems = checkBackup(backup);
  if (problems.length > 0) throw new Error(`Not restoring ${backup}:\n- ${problems.join("\n- ")}`);
  if (isHeldByAnotherProcess(target)) {
    throw new Error(
      `${target} is open in another process (a running Kaizen Academy instance?). Stop it first (Ctrl-C in its terminal, ` +
        `or \`kill <pid>\` of \`npm start\`; \`lsof ${target}\` lists the processes holding it), then restore again.`,
    );
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  let saved: string | null = null;
  if (fs.existsSync(target)) {
    saved = target.replace(/(\.db)?$/, `-before-restore-${now.toISOString().replace(/[:.]/g, "-")}.db`);
    backupDatabase(target, saved);
  }
  // Copy next to the target, then rename: the database is never half-written.
  const incoming = `${target}.restoring`;
  fs.copyFileSync(backup, incoming);
  for (const suffix of ["-wal", "-shm", "-journal"]) fs.rmSync(`${target}${suffix}`, { force: true });
  fs.renameSync(incoming, target);
  return saved;
}
