"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/action-client";
import { reportOutcome } from "@/lib/data/outcomes/report-outcome";
import { updateOutcome } from "@/lib/data/outcomes/update-outcome";
import { withdrawOutcome } from "@/lib/data/outcomes/withdraw-outcome";
import { outcomeFromForm, reportOutcomeSchema, updateOutcomeSchema, withdrawOutcomeSchema } from "@/lib/validation/exam-outcomes";

// Only learners report results: the calibration learns from the people who sat the exam, never from someone reporting for them.
const LEARNERS = ["learner"] as const;

export const reportOutcomeAction = formAction({
  access: LEARNERS,
  schema: reportOutcomeSchema,
  fromForm: outcomeFromForm,
  run: async (input) => {
    const result = await reportOutcome(input);
    if (!result.ok) return result;
    revalidatePath("/dashboard");
    return { ok: true, message: "Thank you: your result is recorded." };
  },
});

export const updateOutcomeAction = formAction({
  access: LEARNERS,
  schema: updateOutcomeSchema,
  fromForm: outcomeFromForm,
  run: async (input) => {
    const result = await updateOutcome(input);
    if (!result.ok) return result;
    revalidatePath("/dashboard");
    return { ok: true, message: "Your report is updated." };
  },
});

export const withdrawOutcomeAction = formAction({
  access: LEARNERS,
  schema: withdrawOutcomeSchema,
  run: async ({ id }) => {
    const result = await withdrawOutcome(id);
    if (!result.ok) return result;
    revalidatePath("/dashboard");
    return { ok: true, message: "Your report is withdrawn." };
  },
});
