// Applies pending migrations for `npm start`, safely beside a running instance.
// Prisma's schema engine opens SQLite with `locking_mode=EXCLUSIVE`, which fails
// (as "unknown variant SocketTimeout") while any other process has the file open,
// so a rolling restart must not call it when nothing is pending, and must wait
// for the old instance to exit when something is.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import Database from "better-sqlite3";
import { databaseFile, isPostgresUrl, resolveDatabaseUrl } from "../lib/database-url";

const require = createRequire(import.meta.url);
// The Prisma CLI reads prisma.config.ts from the working directory, and so its migrations path.
export const MIGRATIONS_DIR = path.resolve(process.cwd(), "prisma", "migrations");

/** Migration folders (each holding a migration.sql), oldest first. */
export function migrationNames(dir = MIGRATIONS_DIR): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

/**
 * Migrations not yet applied to a SQLite file, read through an ordinary connection
 * (which a running instance does not block). A failed or rolled-back row counts as
 * pending, so `migrate deploy` runs and reports it.
 */
export function pendingMigrations(file: string, dir = MIGRATIONS_DIR): string[] {
  const all = migrationNames(dir);
  if (!fs.existsSync(file)) return all;
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 10_000 });
  try {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) return all;
    const rows = db
      .prepare("SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL")
      .all() as { name: string }[];
    const applied = new Set(rows.map((row) => row.name));
    return all.filter((name) => !applied.has(name));
  } finally {
    db.close();
  }
}

/** True when another connection holds the file, so an exclusive-mode connection cannot read it. */
export function isHeldByAnotherProcess(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  const db = new Database(file, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma("locking_mode = EXCLUSIVE");
    db.prepare("SELECT count(*) FROM sqlite_master").get();
    return false;
  } catch (error) {
    if (isBusy(error)) return true;
    throw error;
  } finally {
    db.close();
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"));
}

function migrateDeploy(url: string): Promise<{ ok: boolean; output: string }> {
  const prismaCli = require.resolve("prisma/build/index.js");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [prismaCli, "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url } });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ ok: code === 0, output }));
  });
}

// How the schema engine reports SQLITE_BUSY through the driver adapter.
const LOCKED_OUTPUT = /SocketTimeout|SQLITE_BUSY|database is locked/;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type MigrateOptions = {
  url: string;
  log?: (message: string) => void;
  /** How long to wait for another instance to release the database before giving up. */
  waitMs?: number;
  pollMs?: number;
};

export async function migrateDatabase({ url, log = console.log, waitMs = 10 * 60_000, pollMs = 1_000 }: MigrateOptions): Promise<{ applied: string[] }> {
  if (isPostgresUrl(url)) {
    // PostgreSQL: migrate deploy takes an advisory lock itself.
    const result = await migrateDeploy(url);
    if (!result.ok) throw new Error(`Database migration failed:\n${result.output}`);
    return { applied: [] };
  }
  const file = databaseFile(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const pending = pendingMigrations(file);
  if (pending.length === 0) {
    log(`Database schema is up to date (${migrationNames().length} migrations); nothing to migrate.`);
    return { applied: [] };
  }

  const deadline = Date.now() + waitMs;
  let announced = false;
  for (;;) {
    if (isHeldByAnotherProcess(file)) {
      if (!announced) {
        log(
          `${pending.length} database migration(s) pending (${pending.join(", ")}), but another process has ${file} open ` +
            `(a running Kaizen Academy instance?). Migrations need the file to themselves: stop the old instance and this ` +
            `start continues by itself. Waiting up to ${Math.round(waitMs / 1000)} s…`,
        );
        announced = true;
      }
    } else {
      const result = await migrateDeploy(url);
      if (result.ok) {
        if (announced) log("The database was released; migrations applied.");
        return { applied: pending };
      }
      // Another process opened the file between the check and the migration: wait again.
      if (!LOCKED_OUTPUT.test(result.output)) throw new Error(`Database migration failed:\n${result.output}`);
    }
    if (Date.now() >= deadline) {
      throw new Error(`Gave up after ${Math.round(waitMs / 1000)} s waiting for ${file}: stop the running instance, then start again.`);
    }
    await sleep(pollMs);
  }
}

// `npm run db:migrate`
const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  migrateDatabase({ url: resolveDatabaseUrl(process.env.DATABASE_URL) }).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
