// A certification target's renewal rule and education requirement: the shape
// stored on the row, shipped in prisma/content/targets.yaml and edited by admins.
import "@/lib/validation/zod-config";
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
    maxPractitioner: pdus("the cap on working as a practitioner").optional(),
    minPerTriangleArea: pdus("the minimum per Talent Triangle area"),
  })
  .superRefine((r, ctx) => {
    if ([r.total, r.minEducation, r.maxGivingBack, r.minPerTriangleArea].some((n) => typeof n !== "number")) return;
    if (r.minEducation > r.total) ctx.addIssue({ code: "custom", path: ["minEducation"], message: "The Education minimum can't exceed the PDUs required." });
    if (r.maxGivingBack > r.total) ctx.addIssue({ code: "custom", path: ["maxGivingBack"], message: "The Giving Back cap can't exceed the PDUs required." });
    if (typeof r.maxPractitioner === "number" && r.maxPractitioner > r.maxGivingBack) {
      ctx.addIssue({ code: "custom", path: ["maxPractitioner"], message: "Working as a practitioner is part of Giving Back: its cap can't exceed the Giving Back cap." });
    }
    if (3 * r.minPerTriangleArea > r.total) {
      ctx.addIssue({ code: "custom", path: ["minPerTriangleArea"], message: "Three areas at this minimum would exceed the PDUs required." });
    }
  });
export type RenewalRuleInput = z.output<typeof renewalRuleSchema>;

export const educationHoursSchema = z.number({ error: "Enter the hours as a number." }).min(1, "Require at least 1 hour, or leave it empty.").max(500, "Use at most 500 hours.");

// A number typed into a form: the text, trimmed; empty when left blank.
const typed = z.string({ error: "Enter a number." }).trim().max(12, "Enter a number.");
const toNumber = (v: string | undefined) => (v === undefined || v === "" ? Number.NaN : Number(v));
type RuleText = Partial<Record<keyof RenewalRuleInput, string>>;
const ruleOf = (v: RuleText) => ({
  cycleYears: toNumber(v.cycleYears),
  total: toNumber(v.total),
  minEducation: toNumber(v.minEducation),
  maxGivingBack: toNumber(v.maxGivingBack),
  // Left blank, working as a practitioner has no cap of its own.
  maxPractitioner: v.maxPractitioner === undefined || v.maxPractitioner === "" ? undefined : toNumber(v.maxPractitioner),
  minPerTriangleArea: toNumber(v.minPerTriangleArea),
});

/**
 * The admin's form for one target: education hours (blank for none) and, when
 * it renews, the rule. The rule's fields are ignored (and not sent, being
 * disabled) when the target does not renew by PDUs.
 */
export const targetRulesSchema = z
  .object({
    targetCode: targetCode(),
    educationHours: typed.transform((v, ctx) => {
      if (v === "") return null;
      const parsed = educationHoursSchema.safeParse(toNumber(v));
      if (parsed.success) return parsed.data;
      ctx.addIssue({ code: "custom", message: parsed.error.issues[0]!.message, continue: true });
      return z.NEVER;
    }),
    // A checkbox: true from react-hook-form, "on" from a posted form, absent when unticked.
    renews: z.union([z.boolean(), z.literal("on")], { error: "Say whether the certification renews by PDUs." }).optional().transform((v) => v === true || v === "on"),
    cycleYears: typed.optional(),
    total: typed.optional(),
    minEducation: typed.optional(),
    maxGivingBack: typed.optional(),
    maxPractitioner: typed.optional(),
    minPerTriangleArea: typed.optional(),
  })
  // Runs even when a field above failed (zod 4), so every field's message shows at once.
  .superRefine((v, ctx) => {
    if (v.renews !== true) return;
    const rule = renewalRuleSchema.safeParse(ruleOf(v));
    if (!rule.success) for (const issue of rule.error.issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  })
  .transform((v) => ({
    targetCode: v.targetCode,
    educationHoursRequired: v.educationHours,
    renewalRule: v.renews ? renewalRuleSchema.parse(ruleOf(v)) : null,
  }));
export type TargetRulesInput = z.input<typeof targetRulesSchema>;
export type TargetRulesFields = Extract<keyof TargetRulesInput, string>;
