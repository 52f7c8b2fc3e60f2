import { describe, expect, it } from "vitest";
import { createUser, testDb } from "@/test/helpers";
import { evidenceKey, evidenceStamp, learnerEvidence } from "./learner-evidence";

const at = (iso: string) => new Date(iso);

async function questionOf(targetId: string, type: string) {
  const q = await testDb.question.findFirstOrThrow({
    where: { targetId, versions: { some: { type } } },
    select: { id: true, domain: true, difficulty: true, versions: { where: { type }, take: 1, select: { id: true, payload: true } } },
  });
  return { ...q, version: q.versions[0]! };
}

describe("learnerEvidence", () => {
  it("gives one entry per question and day, with its count, credit, latest time and options, and nothing of others", async () => {
    const [learner, other] = [await createUser("learner"), await createUser("learner")];
    const pmp = await testDb.certificationTarget.findFirstOrThrow({ where: { code: "PMP" }, select: { id: true } });
    const capm = await testDb.certificationTarget.findFirstOrThrow({ where: { code: "CAPM" }, select: { id: true } });
    const single = await questionOf(pmp.id, "single");
    const trueFalse = await questionOf(pmp.id, "true-false");
    const multiple = await questionOf(pmp.id, "multiple");
    const elsewhere = await questionOf(capm.id, "single");
    const options = (JSON.parse(single.version.payload) as { options: unknown[] }).options.length;

    const answer = async (userId: string, items: { q: typeof single; credit: number | null; answeredAt: Date }[]) => {
      const attempt = await testDb.attempt.create({ data: { userId, mode: "quiz", status: "submitted" }, select: { id: true } });
      await testDb.attemptItem.createMany({
        data: items.map(({ q, credit, answeredAt }, position) => ({ attemptId: attempt.id, position, questionId: q.id, questionVersionId: q.version.id, domain: q.domain, credit, correct: credit === 1, answeredAt })),
      });
    };
    await answer(learner.id, [
      { q: single, credit: 1, answeredAt: at("2026-11-02T09:00:00.000Z") },
      { q: single, credit: 0, answeredAt: at("2026-11-02T15:30:00.250Z") },
      { q: single, credit: 1, answeredAt: at("2026-11-03T08:00:00.000Z") },
      { q: trueFalse, credit: 0, answeredAt: at("2026-11-02T10:00:00.000Z") },
      { q: multiple, credit: 0.5, answeredAt: at("2026-11-02T11:00:00.000Z") },
      { q: multiple, credit: null, answeredAt: at("2026-11-04T11:00:00.000Z") },
      { q: elsewhere, credit: 1, answeredAt: at("2026-11-02T12:00:00.000Z") },
    ]);
    await answer(other.id, [{ q: single, credit: 1, answeredAt: at("2026-11-02T09:00:00.000Z") }]);
    await testDb.reviewLog.create({ data: { userId: learner.id, questionId: trueFalse.id, credit: 1, correct: true, answeredAt: at("2026-11-05T07:00:00.000Z") } });

    const evidence = await learnerEvidence([learner.id], [pmp.id]);
    expect([...evidence.keys()]).toEqual([evidenceKey(learner.id, pmp.id)]);
    const byTime = [...evidence.get(evidenceKey(learner.id, pmp.id))!].sort((a, b) => a.at.getTime() - b.at.getTime());
    const base = { difficulty: single.difficulty, domain: single.domain, itemId: single.id };
    expect(byTime).toEqual([
      { domain: trueFalse.domain, difficulty: trueFalse.difficulty, itemId: trueFalse.id, choices: 2, credit: 0, count: 1, at: at("2026-11-02T10:00:00.000Z") },
      { domain: multiple.domain, difficulty: multiple.difficulty, itemId: multiple.id, credit: 0.5, count: 1, at: at("2026-11-02T11:00:00.000Z") },
      { ...base, choices: options, credit: 0.5, count: 2, at: at("2026-11-02T15:30:00.250Z") },
      { ...base, choices: options, credit: 1, count: 1, at: at("2026-11-03T08:00:00.000Z") },
      // A spaced review: the question's own domain, and no guessing floor.
      { domain: trueFalse.domain, difficulty: trueFalse.difficulty, itemId: trueFalse.id, credit: 1, count: 1, at: at("2026-11-05T07:00:00.000Z") },
    ]);
    expect(await learnerEvidence([], [pmp.id])).toEqual(new Map());
    // From a day on: that day's groups and later ones, whole.
    const since = await learnerEvidence([learner.id], [pmp.id], "2026-11-03");
    expect([...since.get(evidenceKey(learner.id, pmp.id))!].sort((a, b) => a.at.getTime() - b.at.getTime())).toEqual(byTime.slice(3));
  });
});

describe("evidenceStamp", () => {
  it("changes with any answer, review or regrade; its stamp of the days before a day only with theirs", async () => {
    const learner = await createUser("learner");
    const pmp = await testDb.certificationTarget.findFirstOrThrow({ where: { code: "PMP" }, select: { id: true } });
    const q = await questionOf(pmp.id, "single");
    const attempt = await testDb.attempt.create({ data: { userId: learner.id, mode: "quiz", status: "submitted" }, select: { id: true } });
    const item = (position: number, credit: number, answeredAt: string) =>
      testDb.attemptItem.create({ data: { attemptId: attempt.id, position, questionId: q.id, questionVersionId: q.version.id, domain: q.domain, credit, correct: credit === 1, answeredAt: at(answeredAt) }, select: { id: true } });
    const old = await item(0, 0, "2026-11-02T09:00:00.000Z");
    const stamp = () => evidenceStamp(learner.id, [pmp.id], "2026-11-03");
    const first = await stamp();

    await item(1, 1, "2026-11-03T00:00:00.000Z");
    await testDb.reviewLog.create({ data: { userId: learner.id, questionId: q.id, credit: 1, correct: true, answeredAt: at("2026-11-03T10:00:00.000Z") } });
    const onTheDay = await stamp();
    expect(onTheDay.answers).not.toBe(first.answers);
    expect(onTheDay.before).toBe(first.before);

    await testDb.attemptItem.update({ where: { id: old.id }, data: { credit: 1, correct: true } });
    const regraded = await stamp();
    expect(regraded.answers).not.toBe(onTheDay.answers);
    expect(regraded.before).not.toBe(onTheDay.before);

    await testDb.reviewLog.create({ data: { userId: learner.id, questionId: q.id, credit: 0, correct: false, answeredAt: at("2026-11-02T23:59:59.999Z") } });
    expect((await stamp()).before).not.toBe(regraded.before);
  });
});
