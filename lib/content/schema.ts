// Front matter of the course content under prisma/content (see its README).
import "@/lib/validation/zod-config";
import { z } from "zod";
import { TALENT_TRIANGLE } from "@/lib/pdu/rules";

export const MIN_LESSON_WORDS = 400;

const text = (max: number) => z.string().trim().min(1).max(max);

export const trackMeta = z.object({
  title: text(120),
  summary: text(400),
  order: z.number().int().min(0),
  /** The Talent Triangle area a completed course of this track earns Education PDUs in. */
  pduCategory: z.enum(TALENT_TRIANGLE),
});

export const courseMeta = z.object({
  title: text(120),
  summary: text(400),
  level: z.enum(["Beginner", "Intermediate", "Advanced"]),
  certifications: z
    .array(
      // Held to the targets in prisma/content/targets.yaml by the loader.
      z.object({
        target: z.string(),
        domains: z.array(z.string()).min(1),
        educationHours: z.number().positive().max(100),
      }),
    )
    .min(1, "a course must state the certification targets it serves"),
});

export const moduleMeta = z.object({ title: text(120), summary: text(400) });

export const lessonMeta = z.object({
  title: text(160),
  /** Claimed study time; the content check holds it to lib/content/contact-hours.ts. */
  minutes: z.number().int().min(1).max(240),
  /** Minutes the lesson's exercise honestly takes: doing it, then comparing with the model answer. */
  exerciseMinutes: z.number().int().min(0).max(120).optional(),
  objectives: z.array(text(300)).min(1),
});

export type TrackMeta = z.infer<typeof trackMeta>;
export type CourseMeta = z.infer<typeof courseMeta>;
export type ModuleMeta = z.infer<typeof moduleMeta>;
export type LessonMeta = z.infer<typeof lessonMeta>;
