"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { callAction, formAction } from "@/lib/actions/action-client";
import { advanceSection } from "@/lib/data/attempts/advance-section";
import { resumeFromBreak } from "@/lib/data/attempts/resume-from-break";
import { saveAnswer } from "@/lib/data/attempts/save-answer";
import { setFlag } from "@/lib/data/attempts/set-flag";
import { startExam } from "@/lib/data/attempts/start-exam";
import { startModuleQuiz } from "@/lib/data/attempts/start-module-quiz";
import { submitAttempt } from "@/lib/data/attempts/submit-attempt";
import { issueCertificateIfEligible } from "@/lib/data/certificates/issue-certificate-if-eligible";
import { answerReview } from "@/lib/data/review/answer-review";
import { advanceSectionSchema, attemptIdSchema, flagSchema, reviewAnswerSchema, saveAnswerSchema, startExamSchema, startQuizSchema } from "@/lib/validation/assessment";

export const startQuizAction = formAction({
  access: "signed-in",
  schema: startQuizSchema,
  run: async ({ moduleId }) => {
    const result = await startModuleQuiz(moduleId);
    if (!result.ok) return result;
    redirect(`/practice/${result.attemptId}`);
  },
});

export const startExamAction = formAction({
  access: "signed-in",
  schema: startExamSchema,
  run: async (input) => {
    const result = await startExam(input);
    if (!result.ok) return result;
    redirect(`/exams/${result.attemptId}`);
  },
});

/** Autosave from the exam and quiz runners; a practice quiz's answer comes back with its feedback. */
export const saveAnswerAction = callAction({
  access: "signed-in",
  schema: saveAnswerSchema,
  run: async (input) => {
    const result = await saveAnswer(input);
    if (!result.ok) return result;
    return { ok: true, data: result.feedback ? { feedback: result.feedback } : undefined };
  },
});

export const flagAction = callAction({
  access: "signed-in",
  schema: flagSchema,
  run: (input) => setFlag(input),
});

export const advanceSectionAction = callAction({
  access: "signed-in",
  schema: advanceSectionSchema,
  run: async (input) => {
    const result = await advanceSection(input);
    if (!result.ok) return result;
    revalidatePath(`/exams/${input.attemptId}`);
    return { ok: true };
  },
});

export const resumeFromBreakAction = callAction({
  access: "signed-in",
  schema: attemptIdSchema,
  run: async ({ attemptId }) => {
    const result = await resumeFromBreak(attemptId);
    if (!result.ok) return result;
    revalidatePath(`/exams/${attemptId}`);
    return { ok: true };
  },
});

export const submitAttemptAction = formAction({
  access: "signed-in",
  schema: attemptIdSchema,
  run: async ({ attemptId }) => {
    const result = await submitAttempt(attemptId);
    if (!result.ok) return result;
    if (result.courseId) {
      await issueCertificateIfEligible(result.courseId);
      revalidatePath("/home");
      redirect(`/practice/${result.attemptId}`);
    }
    // The exam runner opens the results page itself. A redirect, or a
    // revalidatePath, would have Next render a whole page inside this response;
    // the exams list and home are dynamic pages, fetched fresh when next opened.
    return { ok: true, data: { resultsHref: `/exams/${result.attemptId}/results` } };
  },
});

export const answerReviewAction = callAction({
  access: "signed-in",
  schema: reviewAnswerSchema,
  run: async (input) => {
    const result = await answerReview(input);
    if (!result.ok) return result;
    revalidatePath("/home");
    return { ok: true, data: { feedback: result.feedback, nextDue: result.nextDue } };
  },
});
