// A database that stops taking writes while the app serves. A server of its own
// runs on a copy of the e2e database, which is then made read-only by raising the
// file's write version (byte 18 of the SQLite header) above 2: SQLite then opens
// it for reading only, for every user. CI runs as root, for whom chmod changes
// nothing, and a read-only mount is not available. On PostgreSQL the database
// turns read-only as after a failover to a standby: its connections are ended,
// and the new ones open read-only transactions.
import fs from "node:fs";
import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { STORAGE_FAILURE_MESSAGE } from "../lib/storage-failure";
import { withAdmin } from "../test/postgres";
import { e2eDatabaseUrl, onPostgres } from "./e2e-db";
import { DEMO_PASSWORD, demo } from "./support";
import { ownServer } from "./own-server";

// Beside crash-safety.spec.ts (e2e port + 1) and the benchmark's server (3210).
const { base, file, databaseUrl, copyDatabase, start: startServer, waitUntilUp } = ownServer("storage", 9);
// What the driver says when a write is refused.
const READ_ONLY_DETAIL = onPostgres ? /^cannot execute \w+ in a read-only transaction$/ : /^attempt to write a readonly database$/;

/** The server's log lines about storage, parsed. */
function storageLines(output: string): Record<string, unknown>[] {
  return output
    .split("\n")
    .filter((line) => line.startsWith("{") && line.includes('"storage"'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/**
 * The server's open connection must notice: in WAL mode a checkpoint first puts
 * every page in the file and resets the log, in rollback mode a new file change
 * counter (bytes 24-27) makes it drop its cached header. On PostgreSQL the
 * setting holds for new connections only, so the old ones are ended.
 */
async function makeReadOnly() {
  if (onPostgres) {
    const name = new URL(databaseUrl).pathname.slice(1);
    await withAdmin(e2eDatabaseUrl, async (admin) => {
      await admin.query(`ALTER DATABASE "${name}" SET default_transaction_read_only = on`);
      await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [name]);
    });
    return;
  }
  const db = new Database(file);
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  const fd = fs.openSync(file, "r+");
  const counter = Buffer.alloc(4);
  fs.readSync(fd, counter, 0, 4, 24);
  counter.writeUInt32BE(counter.readUInt32BE(0) + 1);
  fs.writeSync(fd, counter, 0, 4, 24);
  fs.writeSync(fd, Buffer.from([3]), 0, 1, 18);
  fs.closeSync(fd);
}

async function signIn(page: Page) {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("Email").fill(demo.learner);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
}

const STACK = /\n\s+at |\bat [\w.<>]+ \(/;

test("a database that stops taking writes: reads still work, each write says so plainly with one log line, and no stack trace anywhere", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await copyDatabase();
  const server = startServer();
  try {
    await waitUntilUp(server);
    await signIn(page);
    await page.waitForURL(/\/home/);
    await makeReadOnly();

    // A page that only reads still renders.
    const exams = await page.goto(`${base}/exams`);
    expect(exams!.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Practice exams" })).toBeVisible();

    // An action that writes (starting an exam) answers in the form.
    let mark = server.output().length;
    await page.getByRole("button", { name: "Start a short PMP exam" }).click();
    await expect(page.getByText(STORAGE_FAILURE_MESSAGE)).toBeVisible();
    expect(new URL(page.url()).pathname).toBe("/exams");
    await expect.poll(() => storageLines(server.output().slice(mark))).toHaveLength(1);
    expect(storageLines(server.output().slice(mark))[0]).toMatchObject({ level: 50, storage: "read-only", detail: expect.stringMatching(READ_ONLY_DETAIL), msg: expect.stringMatching(/^database read-only: writes fail/) });

    // An action with no state to answer with (signing out) shows the error page, with a 5xx.
    mark = server.output().length;
    const signOut = page.waitForResponse((r) => r.request().method() === "POST" && Boolean(r.request().headers()["next-action"]));
    await page.getByRole("button", { name: "Sign out" }).first().click();
    expect((await signOut).status()).toBeGreaterThanOrEqual(500);
    await expect(page.getByRole("heading", { name: "Changes cannot be saved right now" })).toBeVisible();
    await expect(page.getByText(STORAGE_FAILURE_MESSAGE)).toBeVisible();
    expect(await page.content()).not.toMatch(/StorageFailureError|SQLITE|readonly database|read-only transaction/);
    await expect.poll(() => storageLines(server.output().slice(mark))).toHaveLength(1);
    expect(storageLines(server.output().slice(mark))[0]).toMatchObject({ level: 50, storage: "read-only", during: "action", reqId: expect.any(String) });

    // A sign-in cannot be recorded: that is not a wrong password.
    mark = server.output().length;
    const stranger = await browser.newPage();
    try {
      await signIn(stranger);
      await expect(stranger.getByText(STORAGE_FAILURE_MESSAGE)).toBeVisible();
      await expect(stranger.getByText("Incorrect email or password")).toHaveCount(0);
    } finally {
      await stranger.close();
    }
    await expect.poll(() => storageLines(server.output().slice(mark))).toHaveLength(1);
    expect(storageLines(server.output().slice(mark))[0]).toMatchObject({ level: 50, storage: "read-only", detail: expect.stringMatching(READ_ONLY_DETAIL) });

    expect(server.output()).not.toMatch(STACK);
  } finally {
    server.child.kill("SIGKILL");
  }
});
