"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/action-client";
import { issueCertificateIfEligible } from "@/lib/data/certificates/issue-certificate-if-eligible";
import { enrol } from "@/lib/data/progress/enrol";
import { setLessonCompleted } from "@/lib/data/progress/set-lesson-completed";
import { enrolSchema, lessonCompletionSchema } from "@/lib/validation/progress";

export const enrolAction = formAction({
  access: "signed-in",
  schema: enrolSchema,
  run: async ({ courseId }) => {
    const result = await enrol(courseId);
    if (!result.ok) return result;
    revalidatePath("/home");
    revalidatePath(`/courses/${result.courseSlug}`);
    redirect(result.firstLessonSlug ? `/learn/${result.courseSlug}/${result.firstLessonSlug}` : `/courses/${result.courseSlug}`);
  },
});

export const setLessonCompletedAction = formAction({
  access: "signed-in",
  schema: lessonCompletionSchema,
  run: async ({ lessonId, completed }) => {
    const result = await setLessonCompleted(lessonId, completed);
    if (!result.ok) return result;
    const certificate = completed ? await issueCertificateIfEligible(result.courseId) : null;
    revalidatePath("/home");
    revalidatePath(`/courses/${result.courseSlug}`);
    revalidatePath(`/learn/${result.courseSlug}`, "layout");
    if (certificate) revalidatePath("/dashboard");
    return {
      ok: true,
      message: !completed ? "Lesson marked as not complete." : certificate ? "Lesson marked complete. Your course certificate is on your dashboard." : "Lesson marked complete.",
    };
  },
});
