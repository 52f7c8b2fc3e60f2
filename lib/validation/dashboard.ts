import "@/lib/validation/zod-config";
import { z } from "zod";
import { MAX_DESIRED_RETENTION, MIN_DESIRED_RETENTION } from "@/lib/assessment/exam-schedule";
import { PDU_CATEGORIES } from "@/lib/pdu/rules";
import { isoDate } from "./dates";
import { targetCode } from "./targets";

const startOfToday = () => {
  const d = new Date();
  d.setUTCHours(0, 0, 0, 0);
  return d;
};

export const targetSchema = z.object({
  targetCode: targetCode(),
  examDate: isoDate("exam date")
    .refine((d) => d >= startOfToday(), "The exam date can't be in the past.")
    .refine((d) => d.getTime() <= startOfToday().getTime() + 3 * 366 * 86_400_000, "Choose an exam date within three years."),
});
export type TargetFields = "targetCode" | "examDate";

const [minPercent, maxPercent] = [MIN_DESIRED_RETENTION * 100, MAX_DESIRED_RETENTION * 100].map(Math.round);

// Entered as a percentage; below 90% is what FSRS keeps anyway, and 100% cannot be planned for.
export const retentionSchema = z.object({
  desiredRetention: z
    .string({ error: "Enter a percentage." })
    .trim()
    .min(1, "Enter a percentage.")
    .pipe(
      z.coerce
        .number<string>({ error: "Enter a percentage." })
        .int("Use a whole percentage.")
        .min(minPercent!, `Choose at least ${minPercent}%.`)
        .max(maxPercent!, `Choose at most ${maxPercent}%: perfect recall cannot be planned for.`),
    )
    .transform((p) => p / 100),
});
export type RetentionFields = "desiredRetention";

export const removeTargetSchema = z.object({ targetCode: targetCode() });

export const heldSchema = z.object({
  // Which targets renew by PDUs is the target's row; the data layer says no to the others.
  targetCode: targetCode(),
  earnedOn: isoDate("date you earned it")
    .refine((d) => d <= new Date(), "That date is in the future.")
    .refine((d) => d.getUTCFullYear() >= 1990, "Enter a date after 1990."),
});

export const pduEntrySchema = z.object({
  heldId: z.string({ error: "Choose a certification." }).min(1, "Choose a certification.").max(64, "Choose a certification."),
  activity: z.string({ error: "Describe the activity." }).trim().min(1, "Describe the activity.").max(200, "Use at most 200 characters."),
  date: isoDate("activity date").refine((d) => d <= new Date(), "The activity date is in the future."),
  hours: z.coerce
    .number({ error: "Enter the hours as a number." })
    .min(0.25, "Log at least a quarter of an hour.")
    .max(100, "One activity can't be more than 100 PDUs.")
    .refine((h) => Number.isInteger(h * 4), "Use quarter hours (0.25, 0.5, 0.75…)."),
  category: z.enum(PDU_CATEGORIES, { error: "Choose a category." }),
});
export type PduEntryFields = "heldId" | "activity" | "date" | "hours" | "category";

// Ids are checked against the viewer's own rows in the data layer.
export const pduEntryIdSchema = z.object({ id: z.string({ error: "That entry does not exist." }).min(1, "That entry does not exist.").max(64, "That entry does not exist.") });
