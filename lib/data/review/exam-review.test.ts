import { describe, expect, it } from "vitest";
import { fsrs, Rating } from "ts-fsrs";
import type { Payload } from "@/lib/assessment/types";
import { rightResponse } from "@/test/responses";
import { expectInterrupt, form, signInAs, testDb } from "@/test/helpers";
import { actAs } from "@/test/session";
import { reviewCard } from "@/lib/assessment/schedule";
import { setTarget } from "@/lib/data/dashboard/set-target";
import { setRetentionAction } from "@/app/(learner)/dashboard-actions";
import { answerReview } from "./answer-review";
import { getExamDayRetention } from "./get-exam-day-retention";
import { setDesiredRetention } from "./set-desired-retention";

const DAY = 86_400_000;
const f = fsrs({ request_retention: 0.9, enable_fuzz: false });
const dayStart = (t: number) => new Date(Math.floor(t / DAY) * DAY);

const cardsOf = (userId: string) => testDb.reviewCard.findMany({ where: { userId }, orderBy: { questionId: "asc" } });

/** Writes cards reviewed twice, the last 20 days ago, which FSRS leaves for about a month. */
async function strongCards(userId: string, targetCode: string, n: number, now: Date) {
  const questions = await testDb.question.findMany({ where: { target: { code: targetCode }, retired: false }, select: { id: true }, take: n, orderBy: { id: "asc" } });
  const card = reviewCard(reviewCard(null, Rating.Good, new Date(now.getTime() - 45 * DAY)), Rating.Good, new Date(now.getTime() - 20 * DAY));
  await testDb.reviewCard.createMany({ data: questions.map((q) => ({ userId, questionId: q.id, ...card })) });
  return card;
}

describe("exam-date-aware review", () => {
  it("brings a card just reviewed forward to a day before the exam, where plain FSRS would leave it past it", async () => {
    const now = new Date();
    const exam = dayStart(now.getTime() + 30 * DAY);
    const reviewOne = async (retention: number | null) => {
      const me = await signInAs("learner");
      if (retention !== null) {
        await setTarget({ targetCode: "PMP", examDate: exam });
        await setDesiredRetention(retention, now);
      }
      await strongCards(me.id, "PMP", 1, new Date(now.getTime() - 10 * DAY));
      await testDb.reviewCard.updateMany({ where: { userId: me.id }, data: { due: new Date(now.getTime() - 3_600_000) } });
      const [card] = await cardsOf(me.id);
      const version = await testDb.questionVersion.findFirstOrThrow({ where: { questionId: card!.questionId }, orderBy: { version: "desc" }, select: { payload: true } });
      const result = await answerReview({ questionId: card!.questionId, response: rightResponse(JSON.parse(version.payload) as Payload) }, now);
      expect(result).toMatchObject({ ok: true, feedback: { correct: true } });
      return (await cardsOf(me.id))[0]!;
    };
    const plain = await reviewOne(null);
    const atNinety = await reviewOne(0.9);
    const keen = await reviewOne(0.97);

    expect(plain.due.getTime()).toBeGreaterThan(exam.getTime());
    expect(atNinety.due).toEqual(plain.due);
    expect(keen.stability).toBe(plain.stability);
    // Not today, which it was just reviewed on, and before exam day.
    expect(keen.due.getTime()).toBeGreaterThanOrEqual(dayStart(now.getTime() + DAY).getTime());
    expect(keen.due.getTime()).toBeLessThan(exam.getTime());
    const fsrsCard = { ...keen, elapsed_days: keen.elapsedDays, scheduled_days: keen.scheduledDays, learning_steps: keen.learningSteps, last_review: keen.lastReview! };
    expect(f.get_retrievability(fsrsCard, exam, false)).toBeLessThan(0.97);
    expect(f.get_retrievability(f.next(fsrsCard, keen.due, Rating.Good).card, exam, false)).toBeGreaterThanOrEqual(0.97);
    // The latest day that still gets there would be the eve; with nothing else due, the plan takes the eve.
    expect(keen.due).toEqual(dayStart(exam.getTime() - DAY));
  });

  it("brings a learner's fading cards forward when they set an exam date, levelled, to the retention by ts-fsrs's own reckoning", async () => {
    const now = new Date();
    const me = await signInAs("learner");
    await setDesiredRetention(0.95, now);
    const card = await strongCards(me.id, "PMP", 40, now);
    await strongCards(me.id, "LSSGB", 5, now);
    const exam = dayStart(now.getTime() + 10 * DAY);
    expect(card.due.getTime()).toBeGreaterThan(exam.getTime());
    expect(f.get_retrievability({ ...card, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, last_review: card.lastReview! }, exam, false)).toBeLessThan(0.95);

    await setTarget({ targetCode: "PMP", examDate: exam });
    const after = await testDb.reviewCard.findMany({ where: { userId: me.id }, select: { due: true, stability: true, lastReview: true, question: { select: { target: { select: { code: true } } } } } });
    const pmp = after.filter((c) => c.question.target.code === "PMP");
    expect(after.filter((c) => c.question.target.code === "LSSGB").every((c) => c.due.getTime() === card.due.getTime())).toBe(true);
    const perDay = new Map<number, number>();
    for (const c of pmp) {
      expect(c.due.getTime()).toBeLessThan(exam.getTime());
      expect(c.due.getTime()).toBeGreaterThanOrEqual(dayStart(now.getTime()).getTime());
      const next = f.next({ ...card, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, last_review: card.lastReview!, due: c.due }, c.due < now ? now : c.due, Rating.Good).card;
      expect(f.get_retrievability(next, exam, false)).toBeGreaterThanOrEqual(0.95);
      perDay.set(c.due.getTime(), (perDay.get(c.due.getTime()) ?? 0) + 1);
    }
    // 40 cards over the days that reach 95%: no day holds more than its share, rounded up.
    expect(Math.max(...perDay.values())).toBeLessThanOrEqual(Math.ceil(40 / perDay.size));
    expect(perDay.size).toBeGreaterThan(1);

    const retention = (await getExamDayRetention(now)).find((t) => t.code === "PMP")!;
    expect(retention.retention).toBe(0.95);
    const total = retention.domains.reduce((n, d) => n + d.cards, 0);
    expect(total).toBe(40);
    for (const d of retention.domains) {
      expect(d.planned).toBeGreaterThanOrEqual(0.95);
      expect(d.ifStopped).toBeLessThan(0.95);
    }
  });

  it("leaves cards to plain FSRS without an exam date, and at FSRS's own 90%", async () => {
    const now = new Date();
    const me = await signInAs("learner");
    const card = await strongCards(me.id, "PMP", 10, now);
    await setDesiredRetention(0.97, now);
    expect((await cardsOf(me.id)).every((c) => c.due.getTime() === card.due.getTime())).toBe(true);
    await setDesiredRetention(0.9, now);
    await setTarget({ targetCode: "PMP", examDate: dayStart(now.getTime() + 10 * DAY) });
    expect((await cardsOf(me.id)).every((c) => c.due.getTime() === card.due.getTime())).toBe(true);
    expect(await getExamDayRetention(now)).toMatchObject([{ code: "PMP", retention: 0.9 }]);
  });

  it.each([
    ["", "Enter a percentage."],
    ["abc", "Enter a percentage."],
    ["92.5", "Use a whole percentage."],
    ["50", "Choose at least 70%."],
    ["100", "Choose at most 97%: perfect recall cannot be planned for."],
  ])("refuses a desired retention of %j, changing nothing", async (value, message) => {
    const me = await signInAs("learner");
    const state = await setRetentionAction({ status: "idle" }, form({ desiredRetention: value }));
    expect(state.fieldErrors?.desiredRetention).toBe(message);
    expect((await testDb.user.findUniqueOrThrow({ where: { id: me.id } })).desiredRetention).toBe(0.9);
  });

  it("stores a desired retention given as a percentage", async () => {
    const me = await signInAs("learner");
    expect(await setRetentionAction({ status: "idle" }, form({ desiredRetention: "95" }))).toMatchObject({ status: "success" });
    expect((await testDb.user.findUniqueOrThrow({ where: { id: me.id } })).desiredRetention).toBe(0.95);
  });

  it("needs a signed-in learner", async () => {
    actAs(null);
    await expectInterrupt(setDesiredRetention(0.95), /sign-in/);
    await expectInterrupt(getExamDayRetention(), /sign-in/);
  });
});
