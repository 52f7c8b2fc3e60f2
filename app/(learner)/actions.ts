"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { issueCertificateIfEligible } from "@/lib/data/certificates";
import { enrol, setLessonCompleted } from "@/lib/data/progress";
import { requireViewer } from "@/lib/data/viewer";
import { fieldErrorsOf, invalid, type FormState } from "@/lib/validation/form-state";
import { enrolSchema, lessonCompletionSchema } from "@/lib/validation/progress";

export async function enrolAction(_prev: FormState<"courseId">, formData: FormData): Promise<FormState<"courseId">> {
  await requireViewer();
  const parsed = enrolSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const result = await enrol(parsed.data.courseId);
  if (!result.ok) return invalid({ courseId: result.error }, result.error);
  revalidatePath("/home");
  revalidatePath(`/courses/${result.courseSlug}`);
  redirect(result.firstLessonSlug ? `/learn/${result.courseSlug}/${result.firstLessonSlug}` : `/courses/${result.courseSlug}`);
}

export async function setLessonCompletedAction(
  _prev: FormState<"lessonId" | "completed">,
  formData: FormData,
): Promise<FormState<"lessonId" | "completed">> {
  await requireViewer();
  const parsed = lessonCompletionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const result = await setLessonCompleted(parsed.data.lessonId, parsed.data.completed);
  if (!result.ok) return invalid({ lessonId: result.error }, result.error);
  const certificate = parsed.data.completed ? await issueCertificateIfEligible(result.courseId) : null;
  revalidatePath("/home");
  revalidatePath(`/courses/${result.courseSlug}`);
  revalidatePath(`/learn/${result.courseSlug}`, "layout");
  if (certificate) revalidatePath("/dashboard");
  return {
    status: "success",
    message: !parsed.data.completed ? "Lesson marked as not complete." : certificate ? "Lesson marked complete. Your course certificate is on your dashboard." : "Lesson marked complete.",
  };
}
