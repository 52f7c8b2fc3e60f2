// Front matter of the course content under prisma/content (see its README).
import { z } from "zod";

export const TARGET_CODES = ["PMP", "CAPM", "LSSGB", "LEAN", "EI"] as const;
export type TargetCode = (typeof TARGET_CODES)[number];

/** Exam domain codes per certification target. */
export const TARGET_DOMAINS: Record<TargetCode, readonly string[]> = {
  PMP: ["people", "process", "business-environment"],
  CAPM: ["fundamentals", "predictive", "agile", "business-analysis"],
  LSSGB: ["overview", "define", "measure", "analyze", "improve", "control"],
  LEAN: ["value-and-waste", "flow-and-pull", "standard-work-5s", "kaizen", "lean-metrics"],
  EI: ["self-awareness", "self-management", "social-awareness", "relationship-management"],
};

export const MIN_LESSON_WORDS = 400;

const text = (max: number) => z.string().trim().min(1).max(max);

export const trackMeta = z.object({ title: text(120), summary: text(400), order: z.number().int().min(0) });

export const courseMeta = z.object({
  title: text(120),
  summary: text(400),
  level: z.enum(["Beginner", "Intermediate", "Advanced"]),
  certifications: z
    .array(
      z
        .object({
          target: z.enum(TARGET_CODES),
          domains: z.array(z.string()).min(1),
          educationHours: z.number().positive().max(100),
        })
        .superRefine((c, ctx) => {
          const known = TARGET_DOMAINS[c.target];
          for (const d of c.domains) {
            if (!known.includes(d)) ctx.addIssue({ code: "custom", path: ["domains"], message: `unknown ${c.target} domain "${d}"` });
          }
        }),
    )
    .min(1, "a course must state the certification targets it serves"),
});

export const moduleMeta = z.object({ title: text(120), summary: text(400) });

export const lessonMeta = z.object({
  title: text(160),
  minutes: z.number().int().min(1).max(240),
  objectives: z.array(text(300)).min(1),
});

export type TrackMeta = z.infer<typeof trackMeta>;
export type CourseMeta = z.infer<typeof courseMeta>;
export type ModuleMeta = z.infer<typeof moduleMeta>;
export type LessonMeta = z.infer<typeof lessonMeta>;
