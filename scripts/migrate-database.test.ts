// A rolling restart: a second start's migration step against a SQLite file that a
// serving instance holds open. Each start runs as its own process, as `npm start` does.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { databaseFile } from "@/lib/database-url";
import { createPrismaClient } from "@/lib/db/create-client";
import { migrationNames, pendingMigrations } from "./migrate-database";

const require = createRequire(import.meta.url);
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

type Start = { output: () => string; exited: Promise<number | null>; running: () => boolean };

function startMigration(url: string): Start {
  const child = spawn(process.execPath, [require.resolve("tsx/cli"), "scripts/migrate-database.ts"], {
    env: { ...process.env, DATABASE_URL: url },
  });
  let output = "";
  let done = false;
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("close", (code) => ((done = true), resolve(code))));
  cleanups.push(() => child.kill("SIGKILL"));
  return { output: () => output, exited, running: () => !done };
}

async function until(condition: () => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("starting beside a running instance", () => {
  it("skips migrating when nothing is pending, although the serving instance holds the file", async () => {
    const url = process.env.DATABASE_URL!;
    const serving = createPrismaClient(url);
    cleanups.push(() => serving.$disconnect());
    await serving.$queryRaw`SELECT count(*) FROM User`;

    const second = startMigration(url);
    expect(await second.exited, second.output()).toBe(0);
    expect(second.output()).toMatch(/up to date .*nothing to migrate/);
    expect(second.output()).not.toMatch(/SocketTimeout/);
    // The serving instance is unaffected.
    await serving.$queryRaw`SELECT count(*) FROM User`;
  }, 60_000);

  it("waits with a clear message for the old instance to exit when migrations are pending", async () => {
    const file = path.join(process.env.KAIZEN_TEST_DIR!, `pending-${process.pid}.db`);
    cleanups.push(() => fs.rmSync(file, { force: true }));
    const old = new Database(file);
    old.pragma("journal_mode = WAL");
    old.prepare("SELECT count(*) FROM sqlite_master").get();
    cleanups.push(() => old.open && old.close());

    const second = startMigration(`file:${file}`);
    await until(() => /another process has .* open/.test(second.output()), 30_000);
    expect(second.output()).toMatch(/stop the old instance/);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(second.running()).toBe(true);

    old.close();
    expect(await second.exited, second.output()).toBe(0);
    expect(pendingMigrations(databaseFile(`file:${file}`))).toEqual([]);
    expect(migrationNames().length).toBeGreaterThan(0);
  }, 90_000);
});
