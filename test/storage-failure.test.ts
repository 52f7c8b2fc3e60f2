// A database that refuses writes (here through `PRAGMA query_only`, which fails writes
// with SQLITE_READONLY just as a read-only file does; tests run as root here, for whom
// `chmod a-w` changes nothing) gives the person a plain message and the log one line,
// and still serves what only reads.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { form, signInAs, testDb } from "@/test/helpers";
import { currentSession } from "@/test/session";
import { routeHandler } from "@/lib/actions/route-handler";
import { getViewer } from "@/lib/data/viewer";
import { db } from "@/lib/db";
import { STORAGE_FAILURE_MESSAGE, StorageFailureError, storageFailureOfDigest } from "@/lib/storage-failure";
import { signOutAction } from "@/app/(auth)/actions";
import { saveNoteAction } from "@/app/(learner)/study-actions";

const logged = vi.hoisted(() => ({ lines: [] as { level: string; obj: unknown; msg: string }[] }));
vi.mock("@/lib/log", () => {
  const logger = Object.fromEntries(
    ["error", "warn", "info"].map((level) => [level, (obj: unknown, msg: string) => logged.lines.push({ level, obj, msg })]),
  );
  return { requestLog: async () => logger, log: logger };
});
vi.mock("@/lib/db", async (actual) => {
  const mod = await actual<{ db: { $executeRawUnsafe: (sql: string) => Promise<unknown> } }>();
  await mod.db.$executeRawUnsafe("PRAGMA query_only = ON");
  return mod;
});

let lessonId: string;
beforeAll(async () => {
  lessonId = (await testDb.lesson.findFirstOrThrow({ select: { id: true } })).id;
});
beforeEach(() => {
  logged.lines.length = 0;
});

describe("a read-only database", () => {
  it("answers an action with a clear message and logs one line without a stack", async () => {
    const me = await signInAs("learner");
    const state = await saveNoteAction({ status: "idle" }, form({ lessonId, body: "Takt = time / demand" }));
    expect(state).toEqual({ status: "error", message: STORAGE_FAILURE_MESSAGE });
    expect(logged.lines).toHaveLength(1);
    expect(logged.lines[0]).toMatchObject({ level: "error", msg: expect.stringMatching(/^database read-only: writes fail; make the database writable/) });
    expect(JSON.stringify(logged.lines[0])).not.toMatch(/\n\s+at /);
    expect(await testDb.lessonNote.count({ where: { userId: me.id } })).toBe(0);
  });

  it("throws from the data layer an error without a stack whose digest the error page reads", async () => {
    const me = await signInAs("learner");
    const error = await db.lessonNote.create({ data: { userId: me.id, lessonId, body: "x" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFailureError);
    expect(storageFailureOfDigest((error as StorageFailureError).digest)).toBe("read-only");
    expect((error as Error).message).toBe("attempt to write a readonly database");
    expect((error as Error).stack).not.toMatch(/\n\s+at /);
    expect(await db.lesson.count()).toBeGreaterThan(0);
  });

  it("still serves a signed-in reader whose session is due a touch, with one warning", async () => {
    const me = await signInAs("learner");
    const { sessionId } = (await currentSession())!;
    await testDb.signInSession.update({ where: { id: sessionId }, data: { lastSeenAt: new Date(Date.now() - 10 * 60_000) } });
    expect((await getViewer())?.id).toBe(me.id);
    expect(logged.lines).toEqual([expect.objectContaining({ level: "warn", obj: expect.objectContaining({ storage: "read-only", during: "session touch" }) })]);
  });

  it("answers a route handler that writes with a 503 and the message, and logs one line", async () => {
    const me = await signInAs("learner");
    const route = routeHandler("signed-in", async () => {
      await db.lessonNote.create({ data: { userId: me.id, lessonId, body: "x" } });
      return Response.json({ ok: true }, { status: 201 });
    });
    const response = await route(new Request("http://localhost/api/notes", { method: "POST" }), { params: Promise.resolve({}) });
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: STORAGE_FAILURE_MESSAGE });
    expect(logged.lines).toEqual([expect.objectContaining({ level: "error", obj: expect.objectContaining({ storage: "read-only" }) })]);
  });

  it("shows the error page for an action that only navigates (signing out), leaving the log line to instrumentation.ts", async () => {
    const me = await signInAs("learner");
    const error = await signOutAction(new FormData()).catch((e: unknown) => e);
    expect(storageFailureOfDigest((error as { digest?: unknown }).digest)).toBe("read-only");
    expect(logged.lines).toEqual([]);
    expect(await testDb.signInSession.count({ where: { userId: me.id } })).toBe(1);
  });
});
