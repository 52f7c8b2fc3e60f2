// A learner's report of their real exam result: the form on the dashboard and
// the actions that create, edit and withdraw it share these rules.
import "@/lib/validation/zod-config";
import { z } from "zod";
import { isoDate } from "./dates";
import { EXAM_BANDS, type ExamBand } from "./exam-bands";
import { targetCode } from "./targets";

const endOfToday = () => {
  const d = new Date();
  d.setUTCHours(23, 59, 59, 999);
  return d;
};

const outcomeFields = {
  examDate: isoDate("exam date")
    .refine((d) => d <= endOfToday(), "The exam date can't be in the future.")
    .refine((d) => d.getUTCFullYear() >= 2000, "Enter an exam date after 2000."),
  result: z.enum(["passed", "failed"], { error: "Say whether you passed or failed." }),
  bands: z
    .record(
      z.string().min(1).max(40),
      z.enum(EXAM_BANDS.map((b) => b.value) as [ExamBand, ...ExamBand[]], { error: "Choose one of the exam report's bands." }),
    )
    .default({}),
};

export const reportOutcomeSchema = z.object({ targetCode: targetCode(), ...outcomeFields });
export const updateOutcomeSchema = z.object({ id: z.string({ error: "That report does not exist." }).min(1, "That report does not exist.").max(64, "That report does not exist."), ...outcomeFields });
export const withdrawOutcomeSchema = updateOutcomeSchema.pick({ id: true });

export type OutcomeFields = "targetCode" | "id" | "examDate" | "result" | "bands";

/** The form sends one `band:<domain>` select per domain; "" means the learner left it out. */
export function outcomeFromForm(formData: FormData) {
  const bands: Record<string, string> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string") continue;
    if (key.startsWith("band:")) {
      if (value !== "") bands[key.slice(5)] = value;
    } else rest[key] = value;
  }
  return { ...rest, bands };
}
