import { describe, expect, it } from "vitest";
import { getAttempt } from "@/lib/data/attempts/get-attempt";
import { saveAnswer } from "@/lib/data/attempts/save-answer";
import { startModuleQuiz } from "@/lib/data/attempts/start-module-quiz";
import { submitAttempt } from "@/lib/data/attempts/submit-attempt";
import { issueCertificateIfEligible } from "@/lib/data/certificates/issue-certificate-if-eligible";
import { setLessonCompleted } from "@/lib/data/progress/set-lesson-completed";
import { env } from "@/lib/env";
import { rightAnswer } from "@/test/answers";
import { createUser, signInAs, testDb } from "@/test/helpers";
import { pdfLinks, pdfTextRuns } from "@/test/pdf-text";
import { actAs } from "@/test/session";
import { GET } from "./route";

describe("certificate PDF", () => {
  it("links to verification on the configured site, whatever Host the request names", { timeout: 60_000 }, async () => {
    const learner = await createUser("learner", "Łukasz Żółć");
    const course = await testDb.course.findFirstOrThrow({ where: { published: true }, select: { id: true, title: true } });
    const cert = await testDb.certificate.create({
      data: { code: "HOST1-FORGE", userId: learner.id, courseId: course.id, learnerName: learner.name, courseTitle: course.title, educationHours: 2 },
    });
    actAs(learner);
    const request = new Request(`http://evil.example/certificates/${cert.id}/pdf`, { headers: { host: "evil.example", "x-forwarded-host": "evil.example" } });
    const response = await GET(request, { params: Promise.resolve({ id: cert.id }) });
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());

    const expected = `${env().siteUrl}/verify?code=HOST1-FORGE`;
    expect(expected).not.toContain("evil");
    expect(await pdfLinks(bytes)).toEqual([expected]);
    const text = await pdfTextRuns(bytes);
    expect(text).toContain(`Check it at ${expected}`);
    expect(text).toContain("Łukasz Żółć");
    expect(text.join(" ")).not.toContain("evil.example");
  });

  it("of PMP Exam Prep states the contact hours the course claims for PMP", { timeout: 60_000 }, async () => {
    await signInAs("learner");
    const course = await testDb.course.findUniqueOrThrow({
      where: { slug: "pmp-exam-prep" },
      select: {
        id: true,
        lessons: { select: { id: true } },
        modules: { orderBy: { order: "desc" }, take: 1, select: { id: true } },
        certifications: { select: { educationHours: true, target: { select: { code: true } } } },
      },
    });
    for (const lesson of course.lessons) await setLessonCompleted(lesson.id, true);
    const quiz = await startModuleQuiz(course.modules[0]!.id);
    if (!quiz.ok) throw new Error(quiz.message);
    for (const item of (await getAttempt(quiz.attemptId))!.items) {
      await saveAnswer({ attemptId: quiz.attemptId, position: item.position, response: await rightAnswer(quiz.attemptId, item.position) });
    }
    await submitAttempt(quiz.attemptId);
    const cert = (await issueCertificateIfEligible(course.id))!;

    const claimed = course.certifications.find((c) => c.target.code === "PMP")!.educationHours;
    expect(cert.educationHours).toBe(claimed);
    const response = await GET(new Request(`http://localhost/certificates/${cert.id}/pdf`), { params: Promise.resolve({ id: cert.id }) });
    const text = (await pdfTextRuns(new Uint8Array(await response.arrayBuffer()))).join("\n");
    expect(text).toContain("PMP Exam Prep");
    expect(text).toMatch(new RegExp(`^${claimed} contact hours of instruction \\(60 minutes each\\) · completed `, "m"));
  });
});
