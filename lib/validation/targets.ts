// A certification target's renewal rule and education requirement: the shape
// stored on the row, shipped in prisma/content/targets.yaml and edited by admins.
import { z } from "zod";

/** Any target's code; whether it exists is the data layer's call. */
export const targetCode = (message = "Choose a certification.") =>
  z.string({ error: message }).trim().min(1, message).max(20, message);

const pdus = (label: string) =>
  z.number({ error: `Enter ${label} as a number.` }).min(0, `${label[0]!.toUpperCase()}${label.slice(1)} can't be negative.`).max(1000, `Use at most 1000 for ${label}.`);

/** PMI-style continuing certification: PDUs per cycle, Education minimums, a Giving Back cap. */
export const renewalRuleSchema = z
  .object({
    cycleYears: z.number({ error: "Enter the cycle in years." }).int("Enter the cycle in whole years.").min(1, "A cycle lasts at least a year.").max(10, "A cycle lasts at most 10 years."),
    total: pdus("the PDUs required").min(1, "Require at least 1 PDU."),
    minEducation: pdus("the Education minimum"),
    maxGivingBack: pdus("the Giving Back cap"),
    minPerTriangleArea: pdus("the minimum per Talent Triangle area"),
  })
  .superRefine((r, ctx) => {
    if ([r.total, r.minEducation, r.maxGivingBack, r.minPerTriangleArea].some((n) => typeof n !== "number")) return;
    if (r.minEducation > r.total) ctx.addIssue({ code: "custom", path: ["minEducation"], message: "The Education minimum can't exceed the PDUs required." });
    if (r.maxGivingBack > r.total) ctx.addIssue({ code: "custom", path: ["maxGivingBack"], message: "The Giving Back cap can't exceed the PDUs required." });
    if (3 * r.minPerTriangleArea > r.total) {
      ctx.addIssue({ code: "custom", path: ["minPerTriangleArea"], message: "Three areas at this minimum would exceed the PDUs required." });
    }
  });
export type RenewalRuleInput = z.output<typeof renewalRuleSchema>;

export const educationHoursSchema = z.number({ error: "Enter the hours as a number." }).min(1, "Require at least 1 hour, or leave it empty.").max(500, "Use at most 500 hours.");

// Form fields arrive as strings; an empty one means "none".
const optionalNumber = z.preprocess((v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v)) : v), z.number({ error: "Enter a number." }).optional());
const numberField = z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v), z.unknown());

/** The admin's form for one target: education hours (empty for none) and, when it renews, the rule. */
export const targetRulesSchema = z
  .object({
    targetCode: targetCode(),
    educationHours: optionalNumber.pipe(educationHoursSchema.optional()),
    renews: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
    cycleYears: numberField,
    total: numberField,
    minEducation: numberField,
    maxGivingBack: numberField,
    minPerTriangleArea: numberField,
  })
  .transform((v, ctx) => {
    const base = { targetCode: v.targetCode, educationHoursRequired: v.educationHours ?? null };
    if (!v.renews) return { ...base, renewalRule: null };
    const rule = renewalRuleSchema.safeParse({ cycleYears: v.cycleYears, total: v.total, minEducation: v.minEducation, maxGivingBack: v.maxGivingBack, minPerTriangleArea: v.minPerTriangleArea });
    if (!rule.success) {
      for (const issue of rule.error.issues) ctx.addIssue({ ...issue, code: "custom", path: issue.path });
      return z.NEVER;
    }
    return { ...base, renewalRule: rule.data };
  });
export type TargetRulesFields = "targetCode" | "educationHours" | "renews" | "cycleYears" | "total" | "minEducation" | "maxGivingBack" | "minPerTriangleArea";
