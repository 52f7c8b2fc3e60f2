// A learner's report of their real exam result: the form on the dashboard and
// the actions that create, edit and withdraw it share these rules.
import { z } from "zod";
import { isoDate } from "./dates";
import { targetCode } from "./targets";

/** PMI's performance bands, best first; the exam report gives one per domain. */
export const EXAM_BANDS = [
  { value: "above-target", label: "Above Target" },
  { value: "target", label: "Target" },
  { value: "below-target", label: "Below Target" },
  { value: "needs-improvement", label: "Needs Improvement" },
] as const;
export type ExamBand = (typeof EXAM_BANDS)[number]["value"];

/** Targets whose exam report gives a band per domain (PMI's); the others report pass or fail only. */
export const BANDED_TARGETS: readonly string[] = ["PMP", "CAPM"];
export const reportsBands = (code: string) => BANDED_TARGETS.includes(code);

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
