import "@/lib/validation/zod-config";
import { z } from "zod";
import { isoDate } from "./dates";
import { targetCode } from "./targets";

const int = (label: string, min: number, max: number) =>
  z.coerce.number({ error: `Enter ${label} as a number.` }).int(`Enter ${label} as a whole number.`).min(min, `${label[0]!.toUpperCase()}${label.slice(1)} must be at least ${min}.`).max(max, `${label[0]!.toUpperCase()}${label.slice(1)} must be at most ${max}.`);

/**
 * An exam blueprint as an admin edits it. Domain weights come as
 * `weight.<code>` percentages, one per domain of the target (the form sends
 * those; the data layer, which knows the target's domains, checks again).
 */
export const blueprintSchema = z
  .object({
    blueprintId: z.string().max(64).optional().or(z.literal("").transform(() => undefined)),
    targetCode: targetCode(),
    // Which of the target's exam formats; blank for a target with one.
    format: z
      .string({ error: "Use lowercase letters, digits and hyphens, e.g. iassc." })
      .trim()
      .max(40, "Use at most 40 characters.")
      .regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, "Use lowercase letters, digits and hyphens, e.g. iassc.")
      .default(""),
    name: z.string({ error: "Name the blueprint." }).trim().min(1, "Name the blueprint.").max(120, "Use at most 120 characters."),
    effectiveFrom: isoDate("date it takes effect", { format: "Enter the date it takes effect.", invalid: "Enter a real date." }),
    questionCount: int("the number of questions", 1, 500),
    scoredCount: int("the number of scored questions", 1, 500),
    minutes: int("the minutes", 1, 600),
    passingPercent: z.coerce.number({ error: "Enter the pass mark as a number." }).min(1, "The pass mark must be at least 1%.").max(100, "The pass mark must be at most 100%."),
    sectionBreaks: z
      .string()
      .max(100)
      .default("")
      .refine((v) => /^\s*(\d+\s*(,\s*\d+\s*)*)?$/.test(v), "List question numbers separated by commas, e.g. 60, 120.")
      .transform((v) => [...new Set(v.split(",").map((x) => x.trim()).filter(Boolean).map(Number))].sort((a, b) => a - b)),
    breakMinutes: int("the break minutes", 0, 60),
    // A checkbox: present ("on") when ticked, absent when not.
    sectionBreaksAssumed: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
    openBook: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
    // A scaled score (e.g. 550 of 750): both or neither.
    scaledPass: z.preprocess((v) => (v === "" ? undefined : v), int("the scaled pass mark", 1, 10_000).optional()),
    scaledMax: z.preprocess((v) => (v === "" ? undefined : v), int("the top of the scale", 1, 10_000).optional()),
    weights: z.record(z.string(), z.coerce.number({ error: "Enter each weight as a number." }).min(0, "Weights can't be negative.").max(100, "A weight can't exceed 100%."), { error: "Enter a weight for each domain." }),
  })
  // Runs even when a field above failed (zod 4), so it checks what it reads.
  .superRefine((v, ctx) => {
    if (typeof v.questionCount !== "number" || !Array.isArray(v.sectionBreaks) || typeof v.weights !== "object") return;
    if ((v.scaledPass === undefined) !== (v.scaledMax === undefined)) {
      ctx.addIssue({ code: "custom", path: [v.scaledPass === undefined ? "scaledPass" : "scaledMax"], message: "Give both the scaled pass mark and the top of the scale, or neither." });
    } else if (typeof v.scaledPass === "number" && typeof v.scaledMax === "number" && v.scaledPass > v.scaledMax) {
      ctx.addIssue({ code: "custom", path: ["scaledPass"], message: "The scaled pass mark can't exceed the top of the scale." });
    }
    if (v.scoredCount > v.questionCount) ctx.addIssue({ code: "custom", path: ["scoredCount"], message: "Scored questions can't exceed the total." });
    if (v.sectionBreaks.some((b) => b <= 0 || b >= v.questionCount)) {
      ctx.addIssue({ code: "custom", path: ["sectionBreaks"], message: `Breaks must fall between question 1 and ${v.questionCount - 1}.` });
    }
    const total = Object.values(v.weights).reduce((s, w) => s + w, 0);
    if (Math.abs(total - 100) > 0.01) ctx.addIssue({ code: "custom", path: ["weights"], message: `Domain weights must add up to 100% (now ${Math.round(total * 100) / 100}%).` });
  });

export type BlueprintFields = "blueprintId" | "targetCode" | "format" | "openBook" | "scaledPass" | "scaledMax" | "name" | "effectiveFrom" | "questionCount" | "scoredCount" | "minutes" | "passingPercent" | "sectionBreaks" | "sectionBreaksAssumed" | "breakMinutes" | "weights";

/** FormData with `weight.<code>` fields, as the schema expects it. */
export function blueprintInput(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = { weights: {} as Record<string, FormDataEntryValue> };
  for (const [key, value] of formData) {
    if (key.startsWith("weight.")) (out.weights as Record<string, FormDataEntryValue>)[key.slice(7)] = value;
    else out[key] = value;
  }
  return out;
}
