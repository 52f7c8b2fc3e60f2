import { describe, expect, it } from "vitest";
import { form, signInAs, testDb } from "@/test/helpers";
import { getAttempt } from "@/lib/data/attempts/get-attempt";
import { saveAnswer } from "@/lib/data/attempts/save-answer";
import { startExam } from "@/lib/data/attempts/start-exam";
import { startModuleQuiz } from "@/lib/data/attempts/start-module-quiz";
import { submitAttempt } from "@/lib/data/attempts/submit-attempt";
import { getMyCertificate } from "@/lib/data/certificates/get-my-certificate";
import { issueCertificateIfEligible } from "@/lib/data/certificates/issue-certificate-if-eligible";
import { listMyCertificates } from "@/lib/data/certificates/list-my-certificates";
import { verifyCertificate } from "@/lib/data/certificates/verify-certificate";
import { setLessonCompleted } from "@/lib/data/progress/set-lesson-completed";
import { getDashboard } from "@/lib/data/dashboard/get-dashboard";
import { getHoursRecord } from "@/lib/data/dashboard/get-hours-record";
import { setTarget } from "@/lib/data/dashboard/set-target";
import { getPduLedger } from "@/lib/data/pdus/get-pdu-ledger";
import { rightAnswer, wrongAnswer } from "@/test/answers";
import { addHeldAction, addPduAction, deletePduAction, setTargetAction } from "./dashboard-actions";

const idle = { status: "idle" } as const;
const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);

async function answerAll(attemptId: string, right: boolean) {
  for (const item of (await getAttempt(attemptId))!.items) {
    await saveAnswer({ attemptId, position: item.position, response: await (right ? rightAnswer : wrongAnswer)(attemptId, item.position) });
  }
}

describe("certification targets", () => {
  it.each([
    [{ targetCode: "PMP", examDate: "" }, "examDate", "Enter the exam date as a date."],
    [{ targetCode: "PMP", examDate: "2020-01-01" }, "examDate", "The exam date can't be in the past."],
    [{ targetCode: "PMP", examDate: "2099-01-01" }, "examDate", "Choose an exam date within three years."],
    [{ targetCode: "PMP", examDate: "2027-02-31" }, "examDate", "Enter a real exam date."],
    [{ targetCode: "NOPE", examDate: inDays(30) }, "targetCode", "Choose a certification."],
  ])("refuses bad input %#, writing nothing", async (values, field, message) => {
    const me = await signInAs("learner");
    const state = await setTargetAction(idle, form(values));
    expect(state.fieldErrors?.[field as "examDate"]).toBe(message);
    expect(await testDb.learnerTarget.count({ where: { userId: me.id } })).toBe(0);
  });

  it("shows too little evidence at first, then readiness that follows the answers", async () => {
    await signInAs("learner");
    expect(await setTargetAction(idle, form({ targetCode: "PMP", examDate: inDays(40) }))).toMatchObject({ status: "success" });
    let [card] = (await getDashboard()).cards;
    expect(card).toMatchObject({ code: "PMP", passProbability: null, blueprint: { name: "PMP Exam Content Outline, July 2026" } });
    expect(card!.readiness.overall.enough).toBe(false);
    expect(card!.actions.at(-1)!.kind).toBe("pace");

    for (let i = 0; i < 3; i++) {
      const started = await startExam({ targetCode: "PMP", mode: "short" });
      if (!started.ok) throw new Error(started.message);
      await answerAll(started.attemptId, true);
      await submitAttempt(started.attemptId);
    }
    [card] = (await getDashboard()).cards;
    expect(card!.readiness.answers).toBe(60);
    expect(card!.readiness.overall.enough).toBe(true);
    expect(card!.readiness.overall.probability).toBeGreaterThan(0.75);
    expect(card!.passProbability).toBeGreaterThan(0.5);
    expect(card!.actions[0]!.kind).toBe("study");
  });

  it("uses the blueprint in force on the exam date", async () => {
    await signInAs("learner");
    await setTarget({ targetCode: "PMP", examDate: new Date("2026-06-15T00:00:00Z") });
    const [card] = (await getDashboard(new Date("2026-05-01T00:00:00Z"))).cards;
    expect(card!.blueprint).toMatchObject({ name: "PMP Exam Content Outline 2021", questionCount: 180 });
    expect(card!.readiness.domains.map((d) => d.weight)).toEqual([0.42, 0.5, 0.08]);
  });

  it("keeps each learner's dashboard to themselves", async () => {
    await signInAs("learner");
    await setTargetAction(idle, form({ targetCode: "CAPM", examDate: inDays(20) }));
    await signInAs("learner");
    expect((await getDashboard()).cards).toEqual([]);
  });
});

describe("course certificates", () => {
  it("are issued when every lesson is done and the final quiz passed, and verify publicly with the holder's name", async () => {
    const me = await signInAs("learner");
    const course = await testDb.course.findUniqueOrThrow({
      where: { slug: "ei-for-leaders" },
      select: { id: true, lessons: { select: { id: true } }, modules: { orderBy: { order: "desc" }, take: 1, select: { id: true } } },
    });

    for (const lesson of course.lessons.slice(1)) await setLessonCompleted(lesson.id, true);
    const quiz = await startModuleQuiz(course.modules[0]!.id);
    if (!quiz.ok) throw new Error(quiz.message);
    await answerAll(quiz.attemptId, true);
    await submitAttempt(quiz.attemptId);
    expect(await issueCertificateIfEligible(course.id)).toBeNull();

    await setLessonCompleted(course.lessons[0]!.id, true);
    const cert = (await issueCertificateIfEligible(course.id))!;
    expect(cert.code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(await issueCertificateIfEligible(course.id)).toMatchObject({ id: cert.id });
    const issued = await testDb.auditEvent.findMany({ where: { action: "certificate.issued", subjectId: cert.id } });
    expect(issued).toHaveLength(1);
    expect(issued[0]).toMatchObject({ actorId: me.id, subjectType: "certificate" });
    expect(JSON.parse(issued[0]!.detail)).toMatchObject({ code: cert.code, learnerName: me.name });
    expect(await listMyCertificates()).toHaveLength(1);
    expect((await getMyCertificate(cert.id))!.learnerName).toBe(me.name);

    const verified = await verifyCertificate(cert.code.toLowerCase().replace("-", " "));
    // The holder's name, so the code vouches for one person only; never their email or id.
    expect(verified).toEqual({ learnerName: me.name, courseTitle: cert.courseTitle, issuedAt: cert.issuedAt });
    expect(await verifyCertificate("AAAAA-AAAAA")).toBeNull();
    expect(await verifyCertificate("<script>")).toBeNull();

    await signInAs("learner");
    expect(await getMyCertificate(cert.id)).toBeNull();
  });

  it("count completed lessons toward education hours", async () => {
    await signInAs("learner");
    const lessons = await testDb.lesson.findMany({ where: { course: { slug: "pmp-exam-prep" } }, take: 3, select: { id: true, minutes: true } });
    for (const l of lessons) await setLessonCompleted(l.id, true);
    const record = (await getHoursRecord("PMP"))!;
    const minutes = lessons.reduce((s, l) => s + l.minutes, 0);
    expect(record.required).toBe(35);
    expect(record.rows.find((r) => r.courseTitle === "PMP Exam Prep")!.counted).toBeCloseTo(minutes / 60, 2);
  });
});

describe("PDU ledger", () => {
  it("checks renewal rules and refuses bad entries", async () => {
    await signInAs("learner");
    expect((await addHeldAction(idle, form({ targetCode: "PMP", earnedOn: inDays(5) }))).fieldErrors?.earnedOn).toBe("That date is in the future.");
    expect((await addHeldAction(idle, form({ targetCode: "LEAN", earnedOn: inDays(-5) }))).fieldErrors?.targetCode).toBe("LEAN has no PDU renewal cycle here.");
    expect(await addHeldAction(idle, form({ targetCode: "PMP", earnedOn: inDays(-400) }))).toMatchObject({ status: "success" });
    const heldId = (await getPduLedger()).held[0]!.id;

    const bad = [
      [{ activity: "", date: inDays(-1), hours: "2", category: "power-skills" }, "activity", "Describe the activity."],
      [{ activity: "Webinar", date: inDays(-1), hours: "0.3", category: "power-skills" }, "hours", "Use quarter hours (0.25, 0.5, 0.75…)."],
      [{ activity: "Webinar", date: inDays(-1), hours: "lots", category: "power-skills" }, "hours", "Enter the hours as a number."],
      [{ activity: "Webinar", date: inDays(-1), hours: "2", category: "fun" }, "category", "Choose a category."],
      [{ activity: "Webinar", date: inDays(-500), hours: "2", category: "power-skills" }, "date", "The activity is before you earned this certification."],
    ] as const;
    for (const [values, field, message] of bad) {
      expect((await addPduAction(idle, form({ heldId, ...values }))).fieldErrors?.[field]).toBe(message);
    }
    expect(await testDb.pduEntry.count({ where: { heldId } })).toBe(0);

    await addPduAction(idle, form({ heldId, activity: "Agile coaching course", date: inDays(-10), hours: "40", category: "ways-of-working" }));
    await addPduAction(idle, form({ heldId, activity: "Mentoring", date: inDays(-9), hours: "30", category: "giving-back" }));
    const status = (await getPduLedger()).held[0]!.status!;
    expect(status).toMatchObject({ education: 40, givingBackCounted: 25, counted: 65, met: false });
    expect(status.shortfalls).toContain("8 more in Power Skills (at least 8).");

    await addPduAction(idle, form({ heldId, activity: "Leading a hospital's process redesign", date: inDays(-8), hours: "12", category: "practitioner" }));
    expect((await getPduLedger()).held[0]!.status).toMatchObject({ givingBack: 42, practitioner: 12, practitionerCounted: 8, givingBackCounted: 25, counted: 65 });

    const entryId = (await testDb.pduEntry.findFirstOrThrow({ where: { heldId } })).id;
    await signInAs("learner");
    expect((await deletePduAction(idle, form({ id: entryId }))).fieldErrors?.id).toBe("That entry does not exist.");
    expect(await testDb.pduEntry.count({ where: { heldId } })).toBe(3);
  });
});
