import { describe, expect, it } from "vitest";
import { expectInterrupt, FORBIDDEN, form, signInAs, testDb, TO_SIGN_IN } from "@/test/helpers";
import { actAs } from "@/test/session";
import { getCalibrationReport } from "@/lib/data/calibration/get-calibration-report";
import { getDashboard } from "@/lib/data/dashboard/get-dashboard";
import { setTarget } from "@/lib/data/dashboard/set-target";
import { refitCalibrationAction } from "./calibration-actions";

const idle = { status: "idle" } as const;
const calibrations = () => testDb.targetCalibration.findMany({ orderBy: { targetId: "asc" } });
const DAY = 86_400_000;

/** `n` learners who studied CAPM and reported a result: the stronger ones passed. */
async function reportedCapmResults(n: number) {
  const target = await testDb.certificationTarget.findUniqueOrThrow({ where: { code: "CAPM" }, select: { id: true } });
  const questions = await testDb.question.findMany({ where: { targetId: target.id, retired: false }, select: { id: true }, take: 30 });
  const examDate = new Date(Math.floor(Date.now() / DAY) * DAY - 14 * DAY);
  const exam = JSON.stringify({ questions: 150, passingPercent: 65, domains: [{ code: "fundamentals", name: "Fundamentals", weight: 1 }] });
  for (let i = 0; i < n; i++) {
    const user = await testDb.user.create({ data: { name: `Reporter ${i}`, email: `reporter-${i}-${Date.now()}@test.example`, role: "learner" }, select: { id: true } });
    const skill = i / n;
    await testDb.reviewLog.createMany({
      data: questions.map((q, k) => ({ userId: user.id, questionId: q.id, credit: k / questions.length < skill ? 1 : 0, correct: k / questions.length < skill, answeredAt: new Date(examDate.getTime() - 3 * DAY) })),
    });
    await testDb.examOutcome.create({ data: { userId: user.id, targetId: target.id, examDate, passed: skill > 0.5, exam, predictedPass: skill, modelPass: skill, answers: questions.length } });
  }
}

describe("refitting a target's calibration", () => {
  it("needs 30 reported results, then puts a fit in force that the dashboard names", async () => {
    await reportedCapmResults(29);
    await signInAs("admin");
    const tooFew = await refitCalibrationAction(idle, form({ targetCode: "CAPM" }));
    expect(tooFew.fieldErrors?.targetCode).toBe("CAPM has 29 reported results; a calibration needs at least 30.");
    expect(await testDb.targetCalibration.count()).toBe(0);

    await reportedCapmResults(1);
    expect(await refitCalibrationAction(idle, form({ targetCode: "CAPM" }))).toMatchObject({ status: "success", message: "CAPM is now calibrated on 30 reported results." });
    const stored = await testDb.targetCalibration.findFirstOrThrow({ where: { target: { code: "CAPM" } }, select: { outcomes: true, calibration: true } });
    expect(stored.outcomes).toBe(30);
    expect(JSON.parse(stored.calibration)).toMatchObject({ version: 1, outcomes: 30, pass: { slope: expect.any(Number) } });
    expect(await testDb.auditEvent.count({ where: { action: "target.calibrated" } })).toBe(1);

    const capm = (await getCalibrationReport()).find((t) => t.code === "CAPM")!;
    expect(capm).toMatchObject({ reported: 30, canRefit: true, inForce: { outcomes: 30, newSince: 0 }, shown: { count: 30 } });
    expect(capm.shown.bins.reduce((s, b) => s + b.count, 0)).toBe(30);

    await signInAs("learner");
    await setTarget({ targetCode: "CAPM", examDate: new Date(Date.now() + 40 * DAY) });
    const [card] = (await getDashboard()).cards;
    expect(card!.calibration).toMatchObject({ outcomes: 30 });
  });

  it("refuses an unknown target, writing nothing", async () => {
    await signInAs("admin");
    const before = await calibrations();
    const state = await refitCalibrationAction(idle, form({ targetCode: "NOPE" }));
    expect(state.fieldErrors?.targetCode).toBe("Choose a certification.");
    expect(await calibrations()).toEqual(before);
  });

  it.each(["learner", "instructor", "hr"] as const)("may not be done by %s", async (role) => {
    await reportedCapmResults(30);
    const before = await calibrations();
    await signInAs(role);
    await expectInterrupt(refitCalibrationAction(idle, form({ targetCode: "CAPM" })), FORBIDDEN);
    await expectInterrupt(getCalibrationReport(), FORBIDDEN);
    expect(await calibrations()).toEqual(before);
  });

  it("may not be done signed out", async () => {
    const before = await calibrations();
    actAs(null);
    await expectInterrupt(refitCalibrationAction(idle, form({ targetCode: "CAPM" })), TO_SIGN_IN);
    await expectInterrupt(getCalibrationReport(), TO_SIGN_IN);
    expect(await calibrations()).toEqual(before);
  });
});
