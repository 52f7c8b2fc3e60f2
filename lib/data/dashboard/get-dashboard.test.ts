import { describe, expect, it, vi } from "vitest";
import { signInAs, testDb } from "@/test/helpers";
import * as readiness from "@/lib/data/readiness/learner-evidence";
import * as model from "@/lib/readiness/model";
import { weekDates } from "@/lib/readiness/week-dates";
import { getDashboard } from "./get-dashboard";

vi.mock("@/lib/data/readiness/learner-evidence", async (original) => {
  const actual = await original<typeof import("@/lib/data/readiness/learner-evidence")>();
  return { ...actual, learnerEvidence: vi.fn(actual.learnerEvidence) };
});

vi.mock("@/lib/readiness/model", async (original) => {
  const actual = await original<typeof import("@/lib/readiness/model")>();
  return { ...actual, estimateReadinessPoint: vi.fn(actual.estimateReadinessPoint) };
});

const DAY = 86_400_000;
const evidenceReads = vi.mocked(readiness.learnerEvidence);
const pointFits = vi.mocked(model.estimateReadinessPoint);

/** A learner studying PMP, with a graded quiz of 20 answers over the last three weeks. */
async function learnerWithAnswers(now: Date) {
  const me = await signInAs("learner");
  const pmp = await testDb.certificationTarget.findFirstOrThrow({ where: { code: "PMP" }, select: { id: true } });
  await testDb.learnerTarget.create({ data: { userId: me.id, targetId: pmp.id, examDate: new Date(now.getTime() + 50 * DAY) } });
  const questions = await testDb.question.findMany({ where: { targetId: pmp.id }, take: 20, orderBy: { id: "asc" }, select: { id: true, domain: true, versions: { take: 1, select: { id: true } } } });
  const attempt = await testDb.attempt.create({ data: { userId: me.id, mode: "quiz", status: "submitted" }, select: { id: true } });
  await testDb.attemptItem.createMany({
    data: questions.map((q, i) => ({
      attemptId: attempt.id, position: i, questionId: q.id, questionVersionId: q.versions[0]!.id, domain: q.domain,
      credit: i % 4 ? 1 : 0, correct: i % 4 > 0, answeredAt: new Date(now.getTime() - (i + 1) * DAY),
    })),
  });
  return { me, questions, attemptId: attempt.id, pmp };
}

/** Every number to 10 digits: evidence read in another order sums in another order. */
const rounded = (value: unknown) => JSON.parse(JSON.stringify(value, (_, v: unknown) => (typeof v === "number" ? Number(v.toPrecision(10)) : v))) as unknown;

/** The card's fitted numbers, to compare a remembered fit with a fresh one. */
const fitted = (card: Awaited<ReturnType<typeof getDashboard>>["cards"][number]) => ({ readiness: card.readiness, pass: card.passProbability, trend: card.trend.map((t) => t.probability) });

describe("the dashboard's readiness, fitted once per learner, day and evidence", () => {
  it("reads and fits nothing again while nothing has changed, and refits after a new answer", async () => {
    const now = new Date();
    const { questions, attemptId } = await learnerWithAnswers(now);
    const [first] = (await getDashboard(now)).cards;
    expect(evidenceReads).toHaveBeenCalledTimes(1);
    evidenceReads.mockClear();

    const [again] = (await getDashboard(now)).cards;
    expect(evidenceReads).not.toHaveBeenCalled();
    expect(fitted(again!)).toEqual(fitted(first!));

    const q = questions[0]!;
    await testDb.attemptItem.create({ data: { attemptId, position: 20, questionId: q.id, questionVersionId: q.versions[0]!.id, domain: q.domain, credit: 1, correct: true, answeredAt: new Date(now.getTime() - DAY / 2) } });
    const [after] = (await getDashboard(now)).cards;
    expect(evidenceReads).toHaveBeenCalledTimes(1);
    expect(after!.readiness.answers).toBe(first!.readiness.answers + 1);
  });

  it("refits after a regrade with the same count and latest answer, a review, or a studio edit of a question", async () => {
    const now = new Date();
    const { me, questions, pmp } = await learnerWithAnswers(now);
    await getDashboard(now);
    const changes = [
      async () => {
        const item = await testDb.attemptItem.findFirstOrThrow({ where: { attempt: { userId: me.id }, credit: 0 }, select: { id: true } });
        await testDb.attemptItem.update({ where: { id: item.id }, data: { credit: 1, correct: true } });
      },
      () => testDb.reviewLog.create({ data: { userId: me.id, questionId: questions[1]!.id, credit: 0, correct: false, answeredAt: new Date(now.getTime() - DAY / 3) } }),
      async () => {
        const { difficulty } = await testDb.question.findUniqueOrThrow({ where: { id: questions[2]!.id }, select: { difficulty: true } });
        await testDb.question.update({ where: { id: questions[2]!.id }, data: { difficulty: difficulty === 5 ? 1 : 5, studioEditedAt: new Date() } });
      },
    ];
    for (const change of changes) {
      await change();
      evidenceReads.mockClear();
      const [card] = (await getDashboard(now)).cards;
      expect(evidenceReads).toHaveBeenCalledTimes(1);
      const fresh = [...(await readiness.learnerEvidence([me.id], [pmp.id])).values()][0]!;
      expect(card!.readiness.answers).toBe(fresh.reduce((sum, e) => sum + (e.count ?? 1), 0));
    }
  });

  it("refits a past week's point of the trend only when answers up to it change", async () => {
    const now = new Date();
    const weekEnds = weekDates(now).slice(0, -1);
    const { questions, attemptId } = await learnerWithAnswers(now);
    pointFits.mockClear();
    const [first] = (await getDashboard(now)).cards;
    expect(pointFits).toHaveBeenCalledTimes(8);

    const q = questions[3]!;
    const answer = (position: number, at: number) =>
      testDb.attemptItem.create({ data: { attemptId, position, questionId: q.id, questionVersionId: q.versions[0]!.id, domain: q.domain, credit: 1, correct: true, answeredAt: new Date(at) } });
    // An answer since the last week's end is in today's point only.
    await answer(20, (weekEnds[6]!.getTime() + now.getTime()) / 2);
    pointFits.mockClear();
    const [today] = (await getDashboard(now)).cards;
    expect(pointFits).toHaveBeenCalledTimes(1);
    expect(today!.trend.slice(0, 7)).toEqual(first!.trend.slice(0, 7));
    expect(today!.trend[7]!.answers).toBe(first!.trend[7]!.answers + 1);

    // One dated in the week before is in the last week's end and today's, not in the older ones.
    await answer(21, weekEnds[6]!.getTime() - DAY / 2);
    pointFits.mockClear();
    const [backdated] = (await getDashboard(now)).cards;
    expect(pointFits).toHaveBeenCalledTimes(2);
    expect(backdated!.trend.map((t) => t.answers)).toEqual(today!.trend.map((t, i) => t.answers + (i >= 6 ? 1 : 0)));
  });

  it("keeps the week ends from one day to the next: a new day refits today's point only", async () => {
    const now = new Date();
    await learnerWithAnswers(now);
    const [first] = (await getDashboard(now)).cards;
    const tomorrow = new Date(now.getTime() + DAY);
    // Past points both days share: all seven, or six when the week ends overnight.
    const shared = weekDates(tomorrow).slice(0, -1).filter((d) => weekDates(now).some((e) => e.getTime() === d.getTime()));
    expect(shared.length).toBeGreaterThanOrEqual(6);
    pointFits.mockClear();
    const [next] = (await getDashboard(tomorrow)).cards;
    expect(pointFits).toHaveBeenCalledTimes(8 - shared.length);
    expect(next!.trend.filter((t) => shared.some((d) => d.getTime() === t.date.getTime()))).toEqual(first!.trend.filter((t) => shared.some((d) => d.getTime() === t.date.getTime())));
  });

  it("fits each day afresh from the evidence it kept, and never gives one learner's fit or evidence to another", async () => {
    const now = new Date();
    const { me, pmp } = await learnerWithAnswers(now);
    await getDashboard(now);
    evidenceReads.mockClear();
    pointFits.mockClear();
    const tomorrow = new Date(now.getTime() + DAY);
    const [next] = (await getDashboard(tomorrow)).cards;
    expect(evidenceReads).not.toHaveBeenCalled();
    expect(pointFits).toHaveBeenCalled();
    const fresh = [...(await readiness.learnerEvidence([me.id], [pmp.id])).values()][0]!;
    expect(next!.readiness).toEqual(model.estimateReadiness(fresh, next!.readiness.domains.map((d) => ({ code: d.code, name: d.name, weight: d.weight })), tomorrow));

    await learnerWithAnswers(now);
    evidenceReads.mockClear();
    await getDashboard(now);
    expect(evidenceReads).toHaveBeenCalledTimes(1);
  });

  it("after answers today reads only today's, and after a change to an earlier day reads them all", async () => {
    const now = new Date();
    const day = now.toISOString().slice(0, 10);
    const { me, questions, attemptId, pmp } = await learnerWithAnswers(now);
    await getDashboard(now);
    const fresh = async (card: Awaited<ReturnType<typeof getDashboard>>["cards"][number]) => {
      const evidence = [...(await readiness.learnerEvidence([me.id], [pmp.id])).values()][0]!;
      return model.estimateReadiness(evidence, card.readiness.domains.map((d) => ({ code: d.code, name: d.name, weight: d.weight })), now);
    };

    const q = questions[5]!;
    const midday = (new Date(`${day}T00:00:00.000Z`).getTime() + now.getTime()) / 2;
    await testDb.attemptItem.create({ data: { attemptId, position: 20, questionId: q.id, questionVersionId: q.versions[0]!.id, domain: q.domain, credit: 1, correct: true, answeredAt: new Date(midday) } });
    evidenceReads.mockClear();
    const [afterToday] = (await getDashboard(now)).cards;
    expect(evidenceReads.mock.calls.map((c) => c[2])).toEqual([day]);
    expect(rounded(afterToday!.readiness)).toEqual(rounded(await fresh(afterToday!)));

    const earlier = await testDb.attemptItem.findFirstOrThrow({ where: { attemptId, credit: 0 }, select: { id: true } });
    await testDb.attemptItem.update({ where: { id: earlier.id }, data: { credit: 1, correct: true } });
    evidenceReads.mockClear();
    const [afterRegrade] = (await getDashboard(now)).cards;
    expect(evidenceReads.mock.calls.map((c) => c[2])).toEqual([undefined]);
    expect(rounded(afterRegrade!.readiness)).toEqual(rounded(await fresh(afterRegrade!)));
  });
});
