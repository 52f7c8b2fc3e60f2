import { describe, expect, it } from "vitest";
import { expectInterrupt, FORBIDDEN, form, signInAs, testDb, TO_SIGN_IN } from "@/test/helpers";
import { actAs } from "@/test/session";
import { getDashboard } from "@/lib/data/dashboard/get-dashboard";
import { setTarget } from "@/lib/data/dashboard/set-target";
import { reportOutcomeAction, updateOutcomeAction, withdrawOutcomeAction } from "./outcome-actions";

const idle = { status: "idle" } as const;
const DAY = 86_400_000;
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);
const midnight = (offsetDays: number) => new Date(`${isoDay(offsetDays)}T00:00:00Z`);

async function learnerStudying(code = "PMP") {
  const me = await signInAs("learner");
  const result = await setTarget({ targetCode: code, examDate: midnight(30) });
  if (!result.ok) throw new Error(result.message);
  return me;
}

const outcomesOf = (userId: string) => testDb.examOutcome.findMany({ where: { userId }, select: { id: true, examDate: true, passed: true, domainBands: true, predictedPass: true, modelPass: true, answers: true, exam: true } });

async function pmpDomains() {
  const target = await testDb.certificationTarget.findUniqueOrThrow({ where: { code: "PMP" }, select: { id: true } });
  return { targetId: target.id, questions: await testDb.question.findMany({ where: { targetId: target.id, retired: false }, select: { id: true, domain: true }, take: 60 }) };
}

describe("reporting a real exam result", () => {
  it("stores the result with the exam of the day and the model's prediction from answers before that day only", async () => {
    const me = await learnerStudying();
    const { questions } = await pmpDomains();
    // Forty answers three days before the exam, and forty after it that the prediction must not see.
    await testDb.reviewLog.createMany({
      data: questions.slice(0, 40).flatMap((q, i) => [
        { userId: me.id, questionId: q.id, credit: i % 4 ? 1 : 0, correct: i % 4 !== 0, answeredAt: new Date(midnight(-10).getTime() + 9 * 3_600_000) },
        { userId: me.id, questionId: q.id, credit: 0, correct: false, answeredAt: new Date(midnight(-2).getTime() + 9 * 3_600_000) },
      ]),
    });
    const state = await reportOutcomeAction(idle, form({ targetCode: "PMP", examDate: isoDay(-7), result: "passed", "band:people": "above-target", "band:process": "", "band:business-environment": "target" }));
    expect(state).toMatchObject({ status: "success" });
    const [row] = await outcomesOf(me.id);
    expect(row).toMatchObject({ examDate: midnight(-7), passed: true, answers: 40 });
    expect(JSON.parse(row!.domainBands)).toEqual({ people: "above-target", "business-environment": "target" });
    expect(JSON.parse(row!.exam)).toMatchObject({ questions: 185, passingPercent: 65 });
    expect(row!.modelPass).toBeGreaterThan(0);
    expect(row!.modelPass).toBeLessThan(1);

    const [card] = (await getDashboard()).cards;
    expect(card!.reports).toEqual([{ id: row!.id, examDate: midnight(-7), passed: true, bands: { people: "above-target", "business-environment": "target" } }]);
    expect(card!.calibration).toMatchObject({ outcomes: null, reported: 1, needed: 30 });
  });

  it("shows no prediction for a morning without enough evidence", async () => {
    const me = await learnerStudying();
    expect(await reportOutcomeAction(idle, form({ targetCode: "PMP", examDate: isoDay(-1), result: "failed" }))).toMatchObject({ status: "success" });
    expect((await outcomesOf(me.id))[0]).toMatchObject({ passed: false, predictedPass: null, answers: 0 });
  });

  it.each([
    [{ targetCode: "PMP", examDate: isoDay(2), result: "passed" }, "examDate", "The exam date can't be in the future."],
    [{ targetCode: "PMP", examDate: "2026-02-31", result: "passed" }, "examDate", "Enter a real exam date."],
    [{ targetCode: "PMP", examDate: "", result: "passed" }, "examDate", "Enter the exam date as a date."],
    [{ targetCode: "PMP", examDate: isoDay(-3) }, "result", "Say whether you passed or failed."],
    [{ targetCode: "PMP", examDate: isoDay(-3), result: "maybe" }, "result", "Say whether you passed or failed."],
    [{ targetCode: "PMP", examDate: isoDay(-3), result: "passed", "band:people": "excellent" }, "bands.people", "Choose one of the exam report's bands."],
    [{ targetCode: "PMP", examDate: isoDay(-3), result: "passed", "band:cooking": "target" }, "bands", "Choose bands only for this exam's domains."],
    [{ targetCode: "CAPM", examDate: isoDay(-3), result: "passed" }, "targetCode", "That certification is not one you study here."],
    [{ targetCode: "NOPE", examDate: isoDay(-3), result: "passed" }, "targetCode", "That certification is not one you study here."],
  ])("refuses bad input %#, writing nothing", async (values, field, message) => {
    const me = await learnerStudying();
    const state = await reportOutcomeAction(idle, form(values as Record<string, string>));
    expect(state.status).toBe("error");
    expect((state.fieldErrors as Record<string, string>)[field]).toBe(message);
    expect(await testDb.examOutcome.count({ where: { userId: me.id } })).toBe(0);
  });

  it("takes no domain bands for an exam that reports none", async () => {
    const me = await learnerStudying("LSSGB");
    const state = await reportOutcomeAction(idle, form({ targetCode: "LSSGB", examDate: isoDay(-3), result: "passed", "band:define": "target" }));
    expect(state.fieldErrors?.bands).toBe("The LSSGB exam report gives no domain bands.");
    expect(await testDb.examOutcome.count({ where: { userId: me.id } })).toBe(0);
  });

  it("takes one report per target and exam date", async () => {
    const me = await learnerStudying();
    await reportOutcomeAction(idle, form({ targetCode: "PMP", examDate: isoDay(-20), result: "failed" }));
    const again = await reportOutcomeAction(idle, form({ targetCode: "PMP", examDate: isoDay(-20), result: "passed" }));
    expect(again.fieldErrors?.examDate).toBe("You have already reported a result for this exam date.");
    expect(await outcomesOf(me.id)).toMatchObject([{ passed: false }]);
    // A resit on another day is a report of its own.
    expect(await reportOutcomeAction(idle, form({ targetCode: "PMP", examDate: isoDay(-2), result: "passed" }))).toMatchObject({ status: "success" });
    expect(await testDb.examOutcome.count({ where: { userId: me.id } })).toBe(2);
  });

  it.each(["instructor", "hr", "admin"] as const)("may not be done by %s, even for a target on their dashboard", async (role) => {
    const other = await signInAs(role);
    await setTarget({ targetCode: "PMP", examDate: midnight(30) });
    await expectInterrupt(reportOutcomeAction(idle, form({ targetCode: "PMP", examDate: isoDay(-3), result: "passed" })), FORBIDDEN);
    expect(await testDb.examOutcome.count({ where: { userId: other.id } })).toBe(0);
  });

  it("may not be done signed out", async () => {
    actAs(null);
    const before = await testDb.examOutcome.count();
    await expectInterrupt(reportOutcomeAction(idle, form({ targetCode: "PMP", examDate: isoDay(-3), result: "passed" })), TO_SIGN_IN);
    expect(await testDb.examOutcome.count()).toBe(before);
  });
});

describe("correcting and withdrawing a report", () => {
  it("lets the learner correct their own report; a new date takes the prediction again", async () => {
    const me = await learnerStudying();
    await reportOutcomeAction(idle, form({ targetCode: "PMP", examDate: isoDay(-5), result: "failed" }));
    const [row] = await outcomesOf(me.id);
    expect(await updateOutcomeAction(idle, form({ id: row!.id, examDate: isoDay(-5), result: "passed", "band:people": "target" }))).toMatchObject({ status: "success" });
    expect((await outcomesOf(me.id))[0]).toMatchObject({ id: row!.id, passed: true, domainBands: '{"people":"target"}', examDate: midnight(-5) });
    expect(await updateOutcomeAction(idle, form({ id: row!.id, examDate: isoDay(-4), result: "passed" }))).toMatchObject({ status: "success" });
    expect((await outcomesOf(me.id))[0]).toMatchObject({ examDate: midnight(-4), domainBands: "{}" });

    const bad = await updateOutcomeAction(idle, form({ id: row!.id, examDate: isoDay(5), result: "failed" }));
    expect(bad.fieldErrors?.examDate).toBe("The exam date can't be in the future.");
    expect((await outcomesOf(me.id))[0]).toMatchObject({ examDate: midnight(-4), passed: true });

    expect(await withdrawOutcomeAction(idle, form({ id: row!.id }))).toMatchObject({ status: "success" });
    expect(await testDb.examOutcome.count({ where: { userId: me.id } })).toBe(0);
  });

  it("does not let one learner correct or withdraw another's report", async () => {
    const owner = await learnerStudying();
    await reportOutcomeAction(idle, form({ targetCode: "PMP", examDate: isoDay(-5), result: "failed" }));
    const [row] = await outcomesOf(owner.id);

    await learnerStudying();
    const edit = await updateOutcomeAction(idle, form({ id: row!.id, examDate: isoDay(-5), result: "passed" }));
    expect(edit.fieldErrors?.id).toBe("That report does not exist.");
    const withdraw = await withdrawOutcomeAction(idle, form({ id: row!.id }));
    expect(withdraw.fieldErrors?.id).toBe("That report does not exist.");
    expect(await outcomesOf(owner.id)).toEqual([row]);

    for (const role of ["instructor", "hr", "admin"] as const) {
      await signInAs(role);
      await expectInterrupt(updateOutcomeAction(idle, form({ id: row!.id, examDate: isoDay(-5), result: "passed" })), FORBIDDEN);
      await expectInterrupt(withdrawOutcomeAction(idle, form({ id: row!.id })), FORBIDDEN);
    }
    expect(await outcomesOf(owner.id)).toEqual([row]);
  });
});
