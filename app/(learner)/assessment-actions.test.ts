import { beforeAll, describe, expect, it } from "vitest";
import { actAs, runAs } from "@/test/session";
import { createUser, expectInterrupt, form, signInAs, testDb, TO_SIGN_IN } from "@/test/helpers";
import { declarationOf } from "@/lib/actions/action-client";
import type { Payload, Response } from "@/lib/assessment/types";
import { rightAnswer, wrongAnswer } from "@/test/answers";
import { loadQuestionBank } from "@/lib/content/question-bank";
import { advanceSection } from "@/lib/data/attempts/advance-section";
import { getAttempt } from "@/lib/data/attempts/get-attempt";
import { listExamOptions } from "@/lib/data/attempts/list-exam-options";
import { listModuleQuizzes } from "@/lib/data/attempts/list-module-quizzes";
import { resumeFromBreak } from "@/lib/data/attempts/resume-from-break";
import { saveAnswer } from "@/lib/data/attempts/save-answer";
import { startExam } from "@/lib/data/attempts/start-exam";
import { startModuleQuiz } from "@/lib/data/attempts/start-module-quiz";
import { submitAttempt } from "@/lib/data/attempts/submit-attempt";
import { answerReview } from "@/lib/data/review/answer-review";
import { getReviewCounts } from "@/lib/data/review/get-review-counts";
import { nextReviewItem } from "@/lib/data/review/next-review-item";
import { importQuestions } from "@/prisma/import-questions";
import { issueCertificateIfEligible } from "@/lib/data/certificates/issue-certificate-if-eligible";
import { getDashboard } from "@/lib/data/dashboard/get-dashboard";
import { setTarget } from "@/lib/data/dashboard/set-target";
import { setLessonCompleted } from "@/lib/data/progress/set-lesson-completed";
import * as assessmentActions from "./assessment-actions";
import { saveAnswerAction, startExamAction, submitAttemptAction } from "./assessment-actions";

const idle = { status: "idle" } as const;

async function startShort(code = "PMP") {
  const result = await startExam({ targetCode: code, mode: "short" });
  if (!result.ok) throw new Error(result.message);
  return result.attemptId;
}

const KEY_FIELDS = /"(correct|credit|explanation|falseExplanation|answer|tolerance|matchId|solution|feedback)"/;

describe("practice exams", () => {
  it("draws a short exam by the blueprint in force and resumes it on a second start", async () => {
    await signInAs("learner");
    const id = await startShort();
    const view = (await getAttempt(id))!;
    expect(view.items).toHaveLength(20);
    const perDomain = (d: string) => view.items.filter((i) => i.domain === d).length;
    // July 2026 outline: People 33%, Process 41%, Business Environment 26%.
    expect([perDomain("people"), perDomain("process"), perDomain("business-environment")]).toEqual([7, 8, 5]);
    expect(new Set(view.items.map((i) => i.question.stem)).size).toBe(20);
    expect(await startShort()).toBe(id);
  });

  it("offers Green Belt as two formats sharing one bank: ASQ CSSGB and IASSC, which draws no Overview items", async () => {
    await signInAs("learner");
    const gb = (await listExamOptions()).filter((o) => o.code === "LSSGB");
    expect(gb.map((o) => [o.format, o.blueprint.questionCount, o.blueprint.scoredCount, o.blueprint.minutes, o.blueprint.openBook, o.blueprint.scaledPass, o.blueprint.scaledMax])).toEqual([
      ["asq-cssgb", 110, 100, 258, true, 550, 750],
      ["iassc", 100, 100, 180, false, null, null],
    ]);
    expect(gb[1]!.domains.map((d) => d.code)).toEqual(["define", "measure", "analyze", "improve", "control"]);
    expect(gb[0]!.bankSize - gb[1]!.bankSize).toBe(gb[0]!.domains.find((d) => d.code === "overview")!.available);

    const iassc = await startExam({ targetCode: "LSSGB", format: "iassc", mode: "full" });
    const asq = await startExam({ targetCode: "LSSGB", format: "asq-cssgb", mode: "full" });
    if (!iassc.ok || !asq.ok) throw new Error("not started");
    expect(iassc.attemptId).not.toBe(asq.attemptId);
    const iasscItems = (await getAttempt(iassc.attemptId))!.items;
    const asqAttempt = await testDb.attempt.findUniqueOrThrow({ where: { id: asq.attemptId }, select: { format: true, _count: { select: { items: true } } } });
    expect(await testDb.attempt.findUniqueOrThrow({ where: { id: iassc.attemptId }, select: { format: true } })).toEqual({ format: "iassc" });
    expect(asqAttempt).toEqual({ format: "asq-cssgb", _count: { items: 110 } });
    expect(await testDb.attemptItem.count({ where: { attemptId: iassc.attemptId } })).toBe(100);
    expect(await testDb.attemptItem.count({ where: { attemptId: iassc.attemptId, domain: "overview" } })).toBe(0);
    expect(iasscItems.length).toBeGreaterThan(0);

    const listed = (await listExamOptions()).filter((o) => o.code === "LSSGB");
    expect(listed.map((o) => o.open.map((a) => a.id))).toEqual([[asq.attemptId], [iassc.attemptId]]);
    expect(await startExam({ targetCode: "LSSGB", format: "nope", mode: "short" })).toMatchObject({ ok: false, fieldErrors: { format: "Choose one of this certification's exam formats." } });
  });

  it("names the domains of a Green Belt attempt drawn before the formats split", async () => {
    await signInAs("learner");
    const id = await startShort("LSSGB");
    await testDb.attempt.update({ where: { id }, data: { format: "" } });
    await submitAttempt(id);
    const names = (await getAttempt(id))!.result!.byDomain.map((d) => d.name);
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => ["Overview: Six Sigma and the Organisation", "Define", "Measure", "Analyze", "Improve", "Control"].includes(n))).toBe(true);
    expect((await listExamOptions()).find((o) => o.code === "LSSGB")!.recent.map((a) => a.id)).toContain(id);
  });

  it("never sends the key, explanations or per-option correctness before submission", async () => {
    await signInAs("learner");
    const id = await startShort("LSSGB");
    await saveAnswer({ attemptId: id, position: 1, response: await rightAnswer(id, 1) });
    const view = await getAttempt(id);
    expect(JSON.stringify(view)).not.toMatch(KEY_FIELDS);
  });

  it("grades on the server from stored answers, ignoring anything the client claims", async () => {
    const me = await signInAs("learner");
    const id = await startShort("CAPM");
    for (let position = 1; position <= 10; position++) {
      const result = await saveAnswerAction({ attemptId: id, position, response: await rightAnswer(id, position), score: 100, correct: true, credit: 1 });
      expect(result).toEqual({ status: "success" });
    }
    for (let position = 11; position <= 20; position++) {
      await saveAnswerAction({ attemptId: id, position, response: await wrongAnswer(id, position), correct: true });
    }
    expect(await submitAttemptAction(idle, form({ attemptId: id, score: "20", percent: "100" }))).toMatchObject({ status: "success", data: { resultsHref: `/exams/${id}/results` } });
    const attempt = await testDb.attempt.findUniqueOrThrow({ where: { id } });
    expect(attempt).toMatchObject({ status: "submitted", userId: me.id, score: 10, maxScore: 20, percent: 50, passed: false, activeKey: null });
    const view = (await getAttempt(id))!;
    expect(view.result!.byDomain.reduce((s, d) => s + d.total, 0)).toBe(20);
    expect(view.items[0]!.feedback).toMatchObject({ correct: true, credit: 1 });
    expect(view.items[0]!.feedback!.explanation.length).toBeGreaterThan(10);
  });

  it("grades once when submitted twice, and refuses answers afterwards", async () => {
    const me = await signInAs("learner");
    const id = await startShort();
    await saveAnswer({ attemptId: id, position: 1, response: await rightAnswer(id, 1) });
    const first = await submitAttempt(id);
    const after = await testDb.attempt.findUniqueOrThrow({ where: { id } });
    const second = await Promise.all([submitAttempt(id), submitAttempt(id)]);
    expect([first, ...second].every((r) => r.ok)).toBe(true);
    expect(await testDb.attempt.findUniqueOrThrow({ where: { id } })).toEqual(after);
    const cards = await testDb.reviewCard.findMany({ where: { userId: me.id } });
    expect(cards.map((c) => c.reps)).toEqual([1]);
    const late = await saveAnswer({ attemptId: id, position: 2, response: await rightAnswer(id, 2) });
    expect(late).toMatchObject({ ok: false, message: "This attempt is finished; its answers can no longer change." });
    expect((await testDb.attemptItem.findUniqueOrThrow({ where: { attemptId_position: { attemptId: id, position: 2 } } })).response).toBeNull();
  });

  it("judges the deadline by the server clock and closes an attempt out of time as of its deadline", async () => {
    await signInAs("learner");
    const start = new Date("2026-11-29T10:00:00Z");
    const started = await startExam({ targetCode: "EI", mode: "short" }, start);
    if (!started.ok) throw new Error(started.message);
    const id = started.attemptId;
    const attempt = await testDb.attempt.findUniqueOrThrow({ where: { id } });
    const deadline = attempt.deadlineAt!;
    expect((deadline.getTime() - start.getTime()) / 60_000).toBe(30); // 20 questions at 75 min / 50
    expect(await saveAnswer({ attemptId: id, position: 1, response: await rightAnswer(id, 1) }, new Date(deadline.getTime() - 1000))).toEqual({ ok: true });

    const late = await saveAnswer({ attemptId: id, position: 2, response: await rightAnswer(id, 2) }, new Date(deadline.getTime() + 1000));
    expect(late).toMatchObject({ ok: false, message: expect.stringMatching(/^Time is up/) });
    const closed = await testDb.attempt.findUniqueOrThrow({ where: { id } });
    expect(closed).toMatchObject({ status: "submitted", expired: true, score: 1, submittedAt: deadline });
  });

  it("reads an attempt out of time as finished everywhere without writing, and the next write finalises it with the same grade", async () => {
    const me = await signInAs("learner");
    await setTarget({ targetCode: "EI", examDate: new Date("2026-12-20T00:00:00Z") });
    const start = new Date("2026-11-29T10:00:00Z");
    const started = await startExam({ targetCode: "EI", mode: "drill", domain: "self-awareness" }, start);
    if (!started.ok) throw new Error(started.message);
    const id = started.attemptId;
    for (const p of [1, 2, 3]) await saveAnswer({ attemptId: id, position: p, response: await (p === 3 ? wrongAnswer : rightAnswer)(id, p) }, start);
    const deadline = (await testDb.attempt.findUniqueOrThrow({ where: { id } })).deadlineAt!;
    const later = new Date(start.getTime() + 3 * 3600_000);
    const before = await testDb.attempt.findUniqueOrThrow({ where: { id }, include: { items: true } });

    const view = (await getAttempt(id, later))!;
    expect(view.status).toBe("submitted");
    expect(view.result).toMatchObject({ expired: true, score: 2, maxScore: 10, percent: 20, passed: false, submittedAt: deadline });
    expect(view.items.filter((i) => i.feedback?.correct)).toHaveLength(2);
    const [ei] = (await listExamOptions(later)).filter((o) => o.code === "EI");
    expect(ei!.open).toEqual([]);
    expect(ei!.recent).toEqual([{ id, mode: "drill", domain: "self-awareness", percent: 20, passed: false, submittedAt: deadline }]);
    await getDashboard(later);
    await getReviewCounts(later);
    expect(await testDb.attempt.findUniqueOrThrow({ where: { id }, include: { items: true } })).toEqual(before);
    expect(await testDb.reviewCard.count({ where: { userId: me.id } })).toBe(0);

    // Starting the same drill again is a write: it closes the old attempt, graded as it read, and starts afresh.
    const again = await startExam({ targetCode: "EI", mode: "drill", domain: "self-awareness" }, later);
    if (!again.ok) throw new Error(again.message);
    expect(again.attemptId).not.toBe(id);
    expect(await testDb.attempt.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "submitted", expired: true, score: 2, percent: 20, passed: false, submittedAt: deadline, activeKey: null });
    expect(await getAttempt(id, later)).toEqual(view);
    expect(await testDb.reviewCard.count({ where: { userId: me.id } })).toBe(3);
  });

  it("refuses answers of the wrong shape, unknown questions and bad ids, writing nothing", async () => {
    await signInAs("learner");
    const id = await startShort();
    expect(await saveAnswerAction({ attemptId: id, position: 1, response: { type: "numeric", value: "ten" } })).toMatchObject({ status: "error", fieldErrors: { response: expect.any(String) } });
    const unknown = "That question is not part of this attempt.";
    expect(await saveAnswerAction({ attemptId: id, position: 150, response: await rightAnswer(id, 1) })).toEqual({ status: "error", message: unknown, fieldErrors: { position: unknown } });
    expect(await saveAnswerAction({ attemptId: id, position: "1", response: {} })).toMatchObject({ status: "error", fieldErrors: { position: "Unknown question." } });
    expect(await saveAnswerAction("nonsense")).toMatchObject({ status: "error", message: "Please correct the highlighted fields." });
    expect(await saveAnswerAction({ attemptId: "nope", position: 1, response: {} })).toEqual({ status: "error", message: "That attempt does not exist." });
    expect(await testDb.attemptItem.count({ where: { attemptId: id, response: { not: null } } })).toBe(0);

    // Any code passes the schema now that targets are rows; the data layer refuses the unknown one.
    expect((await startExamAction(idle, form({ targetCode: "XYZ", mode: "short" }))).fieldErrors?.targetCode).toBe("Choose a certification.");
    expect((await startExamAction(idle, form({ targetCode: "PMP", mode: "drill" }))).fieldErrors?.domain).toBe("Choose a domain to drill.");
    expect((await startExamAction(idle, form({ targetCode: "PMP", mode: "drill", domain: "agile" }))).fieldErrors?.domain).toBe("Choose one of the exam's domains.");
  });

  it("keeps each learner's attempts their own, by read and by write", async () => {
    await signInAs("learner");
    const id = await startShort();
    await signInAs("learner");
    expect(await getAttempt(id)).toBeNull();
    expect(await saveAnswer({ attemptId: id, position: 1, response: await rightAnswer(id, 1) })).toMatchObject({ ok: false, message: "That attempt does not exist." });
    expect(await submitAttempt(id)).toMatchObject({ ok: false, message: "That attempt does not exist." });
    expect(await testDb.attempt.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "in_progress" });
  });

  it("locks earlier sections after a break, and the break does not eat exam time", async () => {
    await signInAs("learner");
    const start = new Date("2026-11-29T08:00:00Z");
    const started = await startExam({ targetCode: "CAPM", mode: "full" }, start);
    if (!started.ok) throw new Error(started.message);
    const id = started.attemptId;
    const attempt = await testDb.attempt.findUniqueOrThrow({ where: { id }, include: { _count: { select: { items: true } } } });
    expect(attempt._count.items).toBe(150);
    expect(JSON.parse(attempt.sectionBreaks)).toEqual([75]);
    const at = (min: number) => new Date(start.getTime() + min * 60_000);

    expect(await saveAnswer({ attemptId: id, position: 80, response: await rightAnswer(id, 80) }, at(5))).toMatchObject({ ok: false, message: /Finish the current section/ });
    expect(await saveAnswer({ attemptId: id, position: 10, response: await rightAnswer(id, 10) }, at(5))).toEqual({ ok: true });
    expect(await advanceSection({ attemptId: id, takeBreak: true }, at(60))).toEqual({ ok: true });
    expect(await saveAnswer({ attemptId: id, position: 10, response: await wrongAnswer(id, 10) }, at(66))).toMatchObject({ ok: false, message: /locked/ });
    expect(await saveAnswer({ attemptId: id, position: 80, response: await rightAnswer(id, 80) }, at(66))).toEqual({ ok: true });
    const after = await testDb.attempt.findUniqueOrThrow({ where: { id } });
    expect(after.deadlineAt!.getTime() - attempt.deadlineAt!.getTime()).toBe(6 * 60_000);
  });

  it("sends only the open section's questions, and none during a break", async () => {
    await signInAs("learner");
    const start = new Date("2026-11-29T08:00:00Z");
    const started = await startExam({ targetCode: "CAPM", mode: "full" }, start);
    if (!started.ok) throw new Error(started.message);
    const id = started.attemptId;
    const at = (min: number) => new Date(start.getTime() + min * 60_000);
    const stemsOf = async (section: number) =>
      (await testDb.attemptItem.findMany({ where: { attemptId: id, section }, select: { questionVersion: { select: { stem: true } } } })).map((i) => i.questionVersion.stem);
    const [first, second] = [await stemsOf(0), await stemsOf(1)];

    const during = (await getAttempt(id, at(5)))!;
    expect(during.items.map((i) => i.position)).toEqual(Array.from({ length: 75 }, (_, i) => i + 1));
    expect(during.outline).toHaveLength(150);
    const shown = JSON.stringify(during);
    expect(second.filter((stem) => shown.includes(stem))).toEqual([]);

    await advanceSection({ attemptId: id, takeBreak: true }, at(60));
    const onBreak = JSON.stringify((await getAttempt(id, at(61)))!);
    expect([...first, ...second].filter((stem) => onBreak.includes(stem))).toEqual([]);
    expect((await getAttempt(id, at(61)))!.outline.filter((i) => i.section === 1)).toHaveLength(75);

    await resumeFromBreak(id, at(62));
    const next = (await getAttempt(id, at(63)))!;
    expect(next.items.every((i) => i.section === 1)).toBe(true);
    expect(first.filter((stem) => JSON.stringify(next).includes(stem))).toEqual([]);
  });

  it("saves 50 learners' answers and submissions at once without losing any", async () => {
    const learners = await Promise.all(Array.from({ length: 50 }, () => createUser("learner")));
    const attempts = await Promise.all(learners.map((u) => runAs(u, () => startShort("LEAN"))));
    const answers = await Promise.all(learners.map((u, i) => runAs(u, async () => saveAnswerAction({ attemptId: attempts[i]!, position: 1, response: await rightAnswer(attempts[i]!, 1) }))));
    expect(answers.every((a) => a.status === "success")).toBe(true);
    const submits = await Promise.all(learners.map((u, i) => runAs(u, () => submitAttempt(attempts[i]!))));
    expect(submits.every((s) => s.ok)).toBe(true);
    const rows = await testDb.attempt.findMany({ where: { id: { in: attempts } }, select: { status: true, score: true } });
    expect(rows.filter((r) => r.status === "submitted" && r.score === 1)).toHaveLength(50);
  });
});

describe("module quizzes", () => {
  let moduleId: string;
  beforeAll(async () => {
    moduleId = (await testDb.module.findFirstOrThrow({ where: { slug: "value-and-waste", course: { slug: "lean-fundamentals" } } })).id;
  });

  it("gives feedback after each answer, records the result and schedules reviews", async () => {
    const me = await signInAs("learner");
    const started = await startModuleQuiz(moduleId);
    if (!started.ok) throw new Error(started.message);
    const id = started.attemptId;
    const before = (await getAttempt(id))!;
    expect(before.items.length).toBeGreaterThanOrEqual(5);
    expect(JSON.stringify(before)).not.toMatch(KEY_FIELDS);

    const first = await saveAnswer({ attemptId: id, position: 1, response: await rightAnswer(id, 1), confidence: "high" });
    expect(first).toMatchObject({ ok: true, feedback: { correct: true, credit: 1, explanation: expect.any(String) } });
    expect(await saveAnswer({ attemptId: id, position: 1, response: await wrongAnswer(id, 1) })).toMatchObject({ ok: false, message: "You've already answered this question." });
    // Only the answered item's key is revealed.
    const view = (await getAttempt(id))!;
    expect(view.items[0]!.feedback).toBeDefined();
    expect(JSON.stringify(view.items.slice(1))).not.toMatch(KEY_FIELDS);

    for (const item of before.items.slice(1)) await saveAnswer({ attemptId: id, position: item.position, response: await wrongAnswer(id, item.position) });
    await submitAttempt(id);
    const [status] = (await listModuleQuizzes((await testDb.module.findUniqueOrThrow({ where: { id: moduleId } })).courseId)).filter((m) => m.moduleId === moduleId);
    expect(status!.last!.percent).toBeCloseTo(100 / before.items.length);
    expect(status!.last!.passed).toBe(false);
    expect(await testDb.reviewCard.count({ where: { userId: me.id } })).toBe(before.items.length);
  });

  it("keeps the graded history when a question is edited later", async () => {
    await signInAs("learner");
    const started = await startModuleQuiz(moduleId);
    if (!started.ok) throw new Error(started.message);
    const id = started.attemptId;
    await saveAnswer({ attemptId: id, position: 1, response: await rightAnswer(id, 1) });
    await submitAttempt(id);
    const before = (await getAttempt(id))!;
    const item = await testDb.attemptItem.findUniqueOrThrow({ where: { attemptId_position: { attemptId: id, position: 1 } }, select: { questionId: true } });
    const key = (await testDb.question.findUniqueOrThrow({ where: { id: item.questionId } })).key;

    const bank = loadQuestionBank().map((q) => (q.id === key ? { ...q, stem: `${q.stem} (reworded)` } : q));
    expect(await importQuestions(testDb, bank)).toEqual({ created: 0, versioned: 1 });
    expect(await testDb.questionVersion.count({ where: { questionId: item.questionId } })).toBe(2);
    const after = (await getAttempt(id))!;
    expect(after.items[0]!.question.stem).toBe(before.items[0]!.question.stem);
    expect(after.result!.score).toBe(before.result!.score);
  });

  it("grades concurrent saves of one item once, returns feedback only to the save that landed, and writes nothing after submission", async () => {
    const me = await signInAs("learner");
    const started = await startModuleQuiz(moduleId);
    if (!started.ok) throw new Error(started.message);
    const id = started.attemptId;
    const right = await rightAnswer(id, 1);
    const saves = await Promise.all(Array.from({ length: 8 }, () => runAs(me, () => saveAnswer({ attemptId: id, position: 1, response: right }))));
    expect(saves.filter((s) => s.ok)).toHaveLength(1);
    expect(saves.filter((s) => s.ok && s.feedback)).toHaveLength(1);
    expect(await testDb.reviewLog.count({ where: { userId: me.id } })).toBe(0);
    expect((await testDb.reviewCard.findFirstOrThrow({ where: { userId: me.id } })).reps).toBe(1);

    // A save racing the submit: whichever lands first, no grade is written into a closed attempt.
    const [, late] = await Promise.all([submitAttempt(id), saveAnswer({ attemptId: id, position: 2, response: await rightAnswer(id, 2) })]);
    const item2 = await testDb.attemptItem.findUniqueOrThrow({ where: { attemptId_position: { attemptId: id, position: 2 } } });
    const attempt = await testDb.attempt.findUniqueOrThrow({ where: { id } });
    if (late.ok) expect(attempt.score).toBe(2);
    else expect([item2.credit, attempt.score]).toEqual([0, 1]);
    expect(await saveAnswer({ attemptId: id, position: 3, response: await rightAnswer(id, 3) })).toMatchObject({ ok: false });
    expect((await testDb.attemptItem.findUniqueOrThrow({ where: { attemptId_position: { attemptId: id, position: 3 } } })).answeredAt).toBeNull();
  });

  it("refuses an unknown module", async () => {
    await signInAs("learner");
    expect(await startModuleQuiz("no-such-module")).toMatchObject({ ok: false, message: "That module does not exist." });
  });
});

describe("final assessments", () => {
  const course = () =>
    testDb.course.findUniqueOrThrow({
      where: { slug: "lean-fundamentals" },
      select: { id: true, modules: { orderBy: { order: "asc" }, select: { id: true } } },
    });
  const hour = 3_600_000;

  it("gate the certificate: no key on a failed one, a cool-down, then mostly new questions from the whole course", async () => {
    await signInAs("learner");
    const { id: courseId, modules } = await course();
    const finalModule = modules.at(-1)!.id;
    const t0 = new Date("2026-12-01T09:00:00Z");

    const first = await startModuleQuiz(finalModule, t0);
    if (!first.ok) throw new Error(first.message);
    const attempt = await testDb.attempt.findUniqueOrThrow({ where: { id: first.attemptId }, select: { mode: true, items: { select: { questionId: true } } } });
    expect(attempt.mode).toBe("final");
    // Drawn from every module's questions, not only the last module's.
    const pool = await testDb.question.findMany({ where: { module: { courseId }, retired: false }, select: { id: true, moduleId: true } });
    expect(pool.length).toBeGreaterThan(3 * attempt.items.length);

    // Saving returns no feedback, and a blank submission shows what was wrong but not the key.
    expect(await saveAnswer({ attemptId: first.attemptId, position: 1, response: await wrongAnswer(first.attemptId, 1) })).toEqual({ ok: true });
    await submitAttempt(first.attemptId, new Date(t0.getTime() + 10 * 60_000));
    const failed = (await getAttempt(first.attemptId))!;
    expect(failed.result!.passed).toBe(false);
    expect(failed.items.every((i) => i.feedback === undefined && i.verdict?.correct === false)).toBe(true);
    // The verdict is the learner's own mark; nothing else of the key is there.
    expect(JSON.stringify(failed.items.map(({ verdict: _mark, ...rest }) => rest))).not.toMatch(KEY_FIELDS);

    // A retake waits out the cool-down.
    const tooSoon = await startModuleQuiz(finalModule, new Date(t0.getTime() + 2 * hour));
    expect(tooSoon).toMatchObject({ ok: false, message: /You can retake the final assessment from 2 Dec 2026, 09:10 UTC/ });
    const [status] = (await listModuleQuizzes(courseId, new Date(t0.getTime() + 2 * hour))).filter((m) => m.moduleId === finalModule);
    expect(status).toMatchObject({ final: true, retakeFrom: new Date(t0.getTime() + 24 * hour + 10 * 60_000) });

    const retake = await startModuleQuiz(finalModule, new Date(t0.getTime() + 25 * hour));
    if (!retake.ok) throw new Error(retake.message);
    const seenBefore = new Set(attempt.items.map((i) => i.questionId));
    const retaken = await testDb.attemptItem.findMany({ where: { attemptId: retake.attemptId }, select: { questionId: true } });
    expect(retaken.filter((i) => seenBefore.has(i.questionId))).toHaveLength(0);

    // Passing shows the key and earns the certificate; the practice quizzes never do.
    for (const item of retaken.keys()) await saveAnswer({ attemptId: retake.attemptId, position: item + 1, response: await rightAnswer(retake.attemptId, item + 1) });
    await submitAttempt(retake.attemptId);
    const passed = (await getAttempt(retake.attemptId))!;
    expect(passed.result!.passed).toBe(true);
    expect(passed.items.every((i) => i.feedback?.correct)).toBe(true);
  });

  it("are not passed by passing a practice quiz", async () => {
    await signInAs("learner");
    const { id: courseId, modules } = await course();
    for (const lesson of await testDb.lesson.findMany({ where: { courseId }, select: { id: true } })) await setLessonCompleted(lesson.id, true);
    const practice = await startModuleQuiz(modules[0]!.id);
    if (!practice.ok) throw new Error(practice.message);
    const items = await testDb.attemptItem.count({ where: { attemptId: practice.attemptId } });
    for (let p = 1; p <= items; p++) await saveAnswer({ attemptId: practice.attemptId, position: p, response: await rightAnswer(practice.attemptId, p) });
    await submitAttempt(practice.attemptId);
    expect(await issueCertificateIfEligible(courseId)).toBeNull();
  });
});

describe("spaced review", () => {
  it("serves due cards without the key and reschedules them by rating", async () => {
    await signInAs("learner");
    const id = await startShort("PMP");
    for (let p = 1; p <= 3; p++) await saveAnswer({ attemptId: id, position: p, response: await rightAnswer(id, p) });
    const now = new Date();
    await submitAttempt(id, now);
    expect(await getReviewCounts(now)).toMatchObject({ total: 3, dueNow: 0 });
    const later = new Date(now.getTime() + 30 * 86_400_000);
    expect((await getReviewCounts(later)).dueNow).toBe(3);

    const item = (await nextReviewItem(later))!;
    expect(JSON.stringify(item)).not.toMatch(KEY_FIELDS);
    expect(await answerReview({ questionId: item.questionId, response: { type: "nope" }, confidence: "high" }, later)).toMatchObject({ ok: false });
    const right = await testDb.questionVersion.findFirstOrThrow({ where: { questionId: item.questionId }, orderBy: { version: "desc" } });
    const payload = JSON.parse(right.payload) as Payload;
    const response: Response =
      payload.type === "true-false" ? { type: "true-false", value: !payload.answer } : payload.type === "numeric" ? { type: "numeric", value: payload.answer + 999 } : { type: "ordering", order: [] };
    if (payload.type === "true-false" || payload.type === "numeric") {
      const result = await answerReview({ questionId: item.questionId, response, confidence: "high" }, later);
      expect(result).toMatchObject({ ok: true, feedback: { correct: false } });
      if (result.ok) expect(result.nextDue.getTime() - later.getTime()).toBeLessThan(86_400_000);
    }
    expect(await answerReview({ questionId: item.questionId, response, confidence: "high" }, now)).toMatchObject({ ok: false });
  });

  it("needs a signed-in learner", async () => {
    actAs(null);
    await expectInterrupt(getReviewCounts(), /sign-in/);
  });
});

describe("assessment actions", () => {
  it("each declare that a signed-in account may call them, and send anyone else to sign in", async () => {
    for (const [name, action] of Object.entries(assessmentActions)) expect(declarationOf(action)?.access, name).toBe("signed-in");
    const me = await signInAs("learner");
    const id = await startShort("LEAN");
    actAs(null);
    await expectInterrupt(saveAnswerAction({ attemptId: id, position: 1, response: { type: "true-false", value: true } }), TO_SIGN_IN);
    await expectInterrupt(submitAttemptAction(idle, form({ attemptId: id })), TO_SIGN_IN);
    expect(await testDb.attempt.findUniqueOrThrow({ where: { id } })).toMatchObject({ userId: me.id, status: "in_progress" });
    expect(await testDb.attemptItem.count({ where: { attemptId: id, answeredAt: { not: null } } })).toBe(0);
  });
});
