"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  advanceSection,
  answerReview,
  resumeFromBreak,
  saveAnswer,
  setFlag,
  startExam,
  startModuleQuiz,
  submitAttempt,
  type ReviewAnswerResult,
  type SaveResult,
} from "@/lib/data/assessment";
import { issueCertificateIfEligible } from "@/lib/data/certificates/issue-certificate-if-eligible";
import { requireViewer } from "@/lib/data/viewer";
import { fieldErrorsOf, invalid, type FormState } from "@/lib/validation/form-state";
import { advanceSectionSchema, attemptIdSchema, flagSchema, reviewAnswerSchema, saveAnswerSchema, startExamSchema, startQuizSchema } from "@/lib/validation/assessment";

const badInput = { ok: false as const, error: "That request was not understood." };

export async function startQuizAction(_prev: FormState<"moduleId">, formData: FormData): Promise<FormState<"moduleId">> {
  await requireViewer();
  const parsed = startQuizSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const result = await startModuleQuiz(parsed.data.moduleId);
  if (!result.ok) return invalid({ moduleId: result.error }, result.error);
  redirect(`/practice/${result.attemptId}`);
}

type ExamFields = "targetCode" | "mode" | "domain";

export async function startExamAction(_prev: FormState<ExamFields>, formData: FormData): Promise<FormState<ExamFields>> {
  await requireViewer();
  const parsed = startExamSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(fieldErrorsOf<ExamFields>(parsed.error));
  const result = await startExam(parsed.data);
  if (!result.ok) return invalid({ [(result.field ?? "targetCode") as ExamFields]: result.error }, result.error);
  redirect(`/exams/${result.attemptId}`);
}

/** Autosave from the exam and quiz runners. */
export async function saveAnswerAction(input: unknown): Promise<SaveResult> {
  await requireViewer();
  const parsed = saveAnswerSchema.safeParse(input);
  if (!parsed.success) return badInput;
  return saveAnswer(parsed.data);
}

export async function flagAction(input: unknown): Promise<{ ok: boolean; error?: string }> {
  await requireViewer();
  const parsed = flagSchema.safeParse(input);
  if (!parsed.success) return badInput;
  return setFlag(parsed.data);
}

export async function advanceSectionAction(input: unknown): Promise<{ ok: boolean; error?: string }> {
  await requireViewer();
  const parsed = advanceSectionSchema.safeParse(input);
  if (!parsed.success) return badInput;
  const result = await advanceSection(parsed.data);
  revalidatePath(`/exams/${parsed.data.attemptId}`);
  return result;
}

export async function resumeFromBreakAction(input: unknown): Promise<{ ok: boolean; error?: string }> {
  await requireViewer();
  const parsed = attemptIdSchema.safeParse(input);
  if (!parsed.success) return badInput;
  const result = await resumeFromBreak(parsed.data.attemptId);
  revalidatePath(`/exams/${parsed.data.attemptId}`);
  return result;
}

export async function submitAttemptAction(_prev: FormState<"attemptId">, formData: FormData): Promise<FormState<"attemptId">> {
  await requireViewer();
  const parsed = attemptIdSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const result = await submitAttempt(parsed.data.attemptId);
  if (!result.ok) return invalid({ attemptId: result.error }, result.error);
  if (result.courseId) await issueCertificateIfEligible(result.courseId);
  revalidatePath("/exams");
  revalidatePath("/home");
  redirect(result.courseId ? `/practice/${result.attemptId}` : `/exams/${result.attemptId}/results`);
}

export async function answerReviewAction(input: unknown): Promise<ReviewAnswerResult> {
  await requireViewer();
  const parsed = reviewAnswerSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "That answer was not understood." };
  const result = await answerReview(parsed.data);
  revalidatePath("/home");
  return result;
}
