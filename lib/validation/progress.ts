import "@/lib/validation/zod-config";
import { z } from "zod";

const id = (what: string) => z.string({ error: `Missing ${what}.` }).trim().min(1, `Missing ${what}.`).max(64, `Unknown ${what}.`);

export const enrolSchema = z.object({ courseId: id("course") });

export const lessonCompletionSchema = z.object({
  lessonId: id("lesson"),
  completed: z.enum(["true", "false"], { error: "Say whether the lesson is complete." }).transform((v) => v === "true"),
});
