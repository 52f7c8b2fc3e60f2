// The migration to opaque ids on a database that holds attempts graded and in
// progress against versions with the old readable ids.
import { describe, expect, it } from "vitest";
import { gradeResponse } from "@/lib/assessment/grade";
import { hasLegacyIds } from "@/lib/assessment/opaque-ids";
import { loadQuestionBank } from "@/lib/content/question-bank";
import type { Payload, Response } from "@/lib/assessment/types";
import { createUser, testDb } from "@/test/helpers";
import { rightResponse, wrongResponse } from "@/test/responses";
import { importQuestions } from "./import-questions";
import { rekeyLegacyIds } from "./rekey-legacy-ids";

const legacyIds: Record<string, (p: Payload) => Payload> = {
  single: (p) => ({ ...p, options: (p as Extract<Payload, { type: "single" }>).options.map((o, i) => ({ ...o, id: "abcdefghij"[i]! })) }) as Payload,
  matching: (p) => ({ ...p, pairs: (p as Extract<Payload, { type: "matching" }>).pairs.map((x, i) => ({ ...x, id: `p${i + 1}`, matchId: `m${i + 1}` })) }) as Payload,
  ordering: (p) => ({ ...p, items: (p as Extract<Payload, { type: "ordering" }>).items.map((x, i) => ({ ...x, id: `i${i + 1}` })) }) as Payload,
};

describe("rekeyLegacyIds", () => {
  it("gives old versions opaque ids and keeps every stored response grading as before", async () => {
    const user = await createUser("learner");
    const versions = await Promise.all(
      Object.keys(legacyIds).map((type) =>
        testDb.questionVersion.findFirstOrThrow({ where: { type, question: { retired: false } }, select: { id: true, questionId: true, payload: true } }),
      ),
    );
    // Put the database back in the shape the first importer left it in.
    const legacy = new Map<string, Payload>();
    for (const v of versions) {
      const payload = legacyIds[(JSON.parse(v.payload) as Payload).type]!(JSON.parse(v.payload) as Payload);
      legacy.set(v.id, payload);
      await testDb.questionVersion.update({ where: { id: v.id }, data: { payload: JSON.stringify(payload) } });
    }
    const responses = versions.flatMap((v) => [rightResponse(legacy.get(v.id)!), wrongResponse(legacy.get(v.id)!)]);
    const attempt = await testDb.attempt.create({
      data: {
        userId: user.id,
        mode: "short",
        items: {
          create: responses.map((response, i) => {
            const v = versions[Math.floor(i / 2)]!;
            return { position: i + 1, questionId: v.questionId, questionVersionId: v.id, domain: "x", response: JSON.stringify(response), answeredAt: new Date() };
          }),
        },
      },
      select: { id: true },
    });
    const before = responses.map((r, i) => gradeResponse(legacy.get(versions[Math.floor(i / 2)]!.id)!, r));

    expect(await rekeyLegacyIds(testDb)).toBe(versions.length);

    const items = await testDb.attemptItem.findMany({
      where: { attemptId: attempt.id },
      orderBy: { position: "asc" },
      select: { response: true, questionVersion: { select: { payload: true } } },
    });
    const after = items.map((item) => gradeResponse(JSON.parse(item.questionVersion.payload) as Payload, JSON.parse(item.response!) as Response));
    expect(after).toEqual(before);
    expect(after.filter((g) => g.correct)).toHaveLength(versions.length);
    for (const item of items) expect(hasLegacyIds(JSON.parse(item.questionVersion.payload) as Payload)).toBe(false);

    // Done once: a second run finds nothing, and re-importing the bank makes no new versions.
    expect(await rekeyLegacyIds(testDb)).toBe(0);
    expect((await importQuestions(testDb, loadQuestionBank())).versioned).toBe(0);
  });
});
