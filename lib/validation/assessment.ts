import "@/lib/validation/zod-config";
import { z } from "zod";
import { targetCode } from "./targets";

const id = (what: string) => z.string({ error: `Missing ${what}.` }).trim().min(1, `Missing ${what}.`).max(64, `Unknown ${what}.`);

export const startQuizSchema = z.object({ moduleId: id("module") });

export const startExamSchema = z
  .object({
    targetCode: targetCode(),
    // Absent for a target's only (or first) format.
    format: z.string().trim().max(40, "Choose one of this certification's exam formats.").optional(),
    mode: z.enum(["short", "drill", "full"], { error: "Choose a kind of exam." }),
    domain: z.string().trim().max(60).optional().or(z.literal("").transform(() => undefined)),
  })
  .superRefine((v, ctx) => {
    if (v.mode === "drill" && !v.domain) ctx.addIssue({ code: "custom", path: ["domain"], message: "Choose a domain to drill." });
  });

const position = z.number({ error: "Unknown question." }).int("Unknown question.").min(1, "Unknown question.").max(500, "Unknown question.");
// Its shape is checked against the question itself in the data layer.
const response = z.unknown().refine((v) => v !== undefined, "Give an answer.");
const confidence = z.enum(["low", "medium", "high"], { error: "Say how sure you were." });

export const saveAnswerSchema = z.object({
  attemptId: id("attempt"),
  position,
  response,
  timeSpentMs: z.number({ error: "Time spent must be a number of milliseconds." }).min(0, "Time spent can't be negative.").max(86_400_000, "Time spent is at most a day.").optional(),
  confidence: confidence.optional(),
});

export const flagSchema = z.object({ attemptId: id("attempt"), position, flagged: z.boolean({ error: "Say whether to flag the question." }) });

export const attemptIdSchema = z.object({ attemptId: id("attempt") });

export const advanceSectionSchema = z.object({ attemptId: id("attempt"), takeBreak: z.boolean({ error: "Say whether to take the break." }) });

export const reviewAnswerSchema = z.object({
  questionId: id("question"),
  response,
  confidence,
});
