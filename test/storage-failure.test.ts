// A database that refuses writes (here through `PRAGMA query_only`, which fails writes
// with SQLITE_READONLY just as a read-only file does; tests run as root here, for whom
// `chmod a-w` changes nothing) gives the person a plain message and the log one line.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { form, signInAs, testDb } from "@/test/helpers";
import { STORAGE_FAILURE_MESSAGE } from "@/lib/storage-failure";
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

describe("a read-only database", () => {
  it("answers an action with a clear message and logs one line without a stack", async () => {
    const me = await signInAs("learner");
    const state = await saveNoteAction({ status: "idle" }, form({ lessonId, body: "Takt = time / demand" }));
    expect(state).toEqual({ status: "error", message: STORAGE_FAILURE_MESSAGE });
    expect(logged.lines).toHaveLength(1);
    expect(logged.lines[0]).toMatchObject({ level: "error", msg: expect.stringMatching(/^database read-only: writes fail; make the database file/) });
    expect(JSON.stringify(logged.lines[0])).not.toMatch(/\n\s+at /);
    expect(await testDb.lessonNote.count({ where: { userId: me.id } })).toBe(0);
  });
});
