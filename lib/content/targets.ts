// The certification targets shipped in prisma/content/targets.yaml: read by the
// seed (which writes them as rows) and by the content checks (which hold courses
// and questions to the targets' exam domains).
import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import "@/lib/validation/zod-config";
import { z } from "zod";
import { educationHoursSchema, renewalRuleSchema } from "@/lib/validation/targets";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const targetSource = z.object({
  code: z.string().regex(/^[A-Z][A-Z0-9]{1,19}$/, "codes are 2-20 capital letters and digits"),
  name: z.string().trim().min(1).max(120),
  description: z.string().trim().min(1).max(400),
  domains: z.array(z.string().regex(SLUG, "domain codes are lowercase slugs")).min(1),
  educationHours: educationHoursSchema.optional(),
  renewal: renewalRuleSchema.optional(),
  /** How deep the exam bank must be (checked by scripts/check-questions.ts and the bank test). */
  examBank: z.object({ minItems: z.number().int().min(1), minPerTask: z.number().int().min(1).optional() }).optional(),
});

export const targetsFile = z.array(targetSource).min(1).superRefine((targets, ctx) => {
  const codes = targets.map((t) => t.code);
  codes.forEach((code, i) => {
    if (codes.indexOf(code) !== i) ctx.addIssue({ code: "custom", path: [i, "code"], message: `target "${code}" is listed twice` });
  });
});

export type TargetSource = z.infer<typeof targetSource>;

export const TARGETS_FILE = path.join(process.cwd(), "prisma", "content", "targets.yaml");

/** The targets in their listed order; throws naming the file and the first problems. */
export function loadTargets(file = TARGETS_FILE): TargetSource[] {
  const result = targetsFile.safeParse(parse(fs.readFileSync(file, "utf8")));
  if (!result.success) {
    const problems = result.error.issues.slice(0, 5).map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`${file}: ${problems.join("; ")}`);
  }
  return result.data;
}

/** Exam domain codes per target code. */
export function domainsByTarget(targets: TargetSource[]): Map<string, readonly string[]> {
  return new Map(targets.map((t) => [t.code, t.domains]));
}
