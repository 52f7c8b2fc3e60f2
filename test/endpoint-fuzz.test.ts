// Malformed input to every server action, sent by a caller who may call it:
// wrong types, missing and extra fields, huge strings, unknown ids, and the ids
// of another learner's things. Each call must end in a clear message, never an
// exception (a 5xx) and never a write.
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/lib/auth/roles";
import { discoverEndpoints, fieldsOf, fingerprint, invoke, signedInCaller, type Endpoint } from "./endpoints";
import { createUser, testDb } from "./helpers";
import { runAs } from "./session";

const UNKNOWN_ID = "zz-no-such-row-0000";
const HUGE = "x".repeat(1_000_000);

type Case = { name: string; input: (fields: string[]) => Record<string, unknown> };

const each = (fields: string[], value: unknown) => Object.fromEntries(fields.map((f) => [f, value]));

/** The other learner's things, by the field names actions use for them. */
let victimIds: Record<string, string> = {};

const CASES: Case[] = [
  { name: "every field missing", input: () => ({}) },
  { name: "numbers where text belongs", input: (f) => each(f, 42) },
  { name: "lists where text belongs", input: (f) => each(f, ["a", "b"]) },
  { name: "objects where text belongs", input: (f) => each(f, { nested: { deeper: true } }) },
  { name: "nulls", input: (f) => each(f, null) },
  { name: "huge strings", input: (f) => each(f, HUGE) },
  { name: "control characters and markup", input: (f) => each(f, "\u0000<script>alert(1)</script>\u202e") },
  { name: "unknown ids", input: (f) => each(f, UNKNOWN_ID) },
  {
    name: "unknown ids with extra fields that try to widen the call",
    input: (f) => {
      const extra = { userId: victimIds.userId, role: "admin", authorId: victimIds.userId, status: "submitted", __proto__: { admin: true }, constructor: "x" };
      return { ...Object.fromEntries(Object.entries(extra).filter(([k]) => !f.includes(k))), ...each(f, UNKNOWN_ID) };
    },
  },
  { name: "another learner's ids", input: (f) => Object.fromEntries(f.map((k) => [k, victimIds[k] ?? UNKNOWN_ID])) },
];

/** Who sends the input: someone the endpoint lets in, so the input itself is what is tested. */
function callerRole(endpoint: Endpoint): Role | null {
  const access = endpoint.declaration!.access;
  return access === "anyone" ? null : access === "signed-in" ? "learner" : access[0];
}


async function seedVictim() {
  const victim = await createUser("learner");
  const lesson = await testDb.lesson.findFirstOrThrow({ select: { id: true } });
  const target = await testDb.certificationTarget.findFirstOrThrow({ where: { code: "PMP" }, select: { id: true } });
  const blueprint = await testDb.blueprint.findFirstOrThrow({ select: { id: true } });
  const comment = await testDb.comment.create({ data: { lessonId: lesson.id, authorId: victim.id, body: "Mine." }, select: { id: true } });
  const session = await testDb.signInSession.create({ data: { userId: victim.id, ip: "10.0.0.2", userAgent: "victim" }, select: { id: true } });
  const held = await testDb.heldCertification.create({ data: { userId: victim.id, targetId: target.id, earnedOn: new Date("2025-01-01") }, select: { id: true } });
  const pdu = await testDb.pduEntry.create({
    data: { userId: victim.id, heldId: held.id, activity: "Course", date: new Date("2025-02-01"), hours: 2, category: "ways-of-working" },
    select: { id: true },
  });
  const attempt = await testDb.attempt.create({
    data: { userId: victim.id, targetId: target.id, mode: "short", status: "in_progress", deadlineAt: new Date(Date.now() + 3_600_000) },
    select: { id: true },
  });
  // Another instructor's draft course: the studio's ids that the caller does not author.
  const author = await createUser("instructor");
  const track = await testDb.track.findFirstOrThrow({ select: { id: true } });
  const course = await testDb.course.create({
    data: { slug: "victim-course", trackId: track.id, title: "Theirs", summary: "Theirs.", description: "", level: "Beginner", order: 99, published: false, authors: { create: { userId: author.id, owner: true } } },
    select: { id: true },
  });
  const mod = await testDb.module.create({ data: { courseId: course.id, slug: "m", title: "M", summary: "M.", order: 1 }, select: { id: true } });
  const studioLesson = await testDb.lesson.create({
    data: { courseId: course.id, moduleId: mod.id, slug: "l", title: "L", minutes: 1, objectives: "", body: "", wordCount: 0, order: 1 },
    select: { id: true },
  });
  return {
    userId: victim.id,
    commentId: comment.id,
    parentId: comment.id,
    sessionId: session.id,
    id: pdu.id,
    attemptId: attempt.id,
    blueprintId: blueprint.id,
    courseId: course.id,
    moduleId: mod.id,
    lessonId: studioLesson.id,
    trackId: track.id,
  };
}

let endpoints: Endpoint[];
beforeAll(async () => {
  victimIds = await seedVictim();
  // Actions with no input (sign out) have nothing to fuzz; routes take only their path.
  endpoints = (await discoverEndpoints()).filter((e) => e.declaration && e.declaration.kind !== "route" && fieldsOf(e).length > 0);
});

describe("malformed input to every action", () => {
  it("finds the actions to fuzz", () => {
    expect(endpoints.length).toBeGreaterThan(20);
  });

  it.each(CASES.map((c) => [c.name, c] as const))("%s: a clear message, no exception, no write", async (_name, fuzz) => {
    const problems: string[] = [];
    for (const endpoint of endpoints) {
      const role = callerRole(endpoint);
      const who = role && (await signedInCaller(role));
      const before = await fingerprint();
      const call = () => invoke(endpoint, fuzz.input(fieldsOf(endpoint)));
      let result: unknown;
      try {
        result = who ? await runAs(who, call) : await call();
      } catch (e) {
        problems.push(`${endpoint.key}: threw ${String((e as { digest?: string }).digest ?? e).slice(0, 200)}`);
        continue;
      }
      const state = result as { status?: string; message?: string; fieldErrors?: Record<string, string> };
      const messages = [state.message, ...Object.values(state.fieldErrors ?? {})].filter((m): m is string => typeof m === "string");
      if (state.status !== "error" || messages.length === 0) problems.push(`${endpoint.key}: answered ${JSON.stringify(result)?.slice(0, 200)}`);
      for (const m of messages) {
        if (m.length > 300 || /prisma|undefined|\[object|Error:|Invalid input|expected \w+, received/i.test(m)) problems.push(`${endpoint.key}: unclear message "${m.slice(0, 120)}"`);
      }
      if ((await fingerprint()) !== before) problems.push(`${endpoint.key}: wrote to the database`);
    }
    expect(problems).toEqual([]);
  }, 180_000);
});
