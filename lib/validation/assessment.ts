import { z } from "zod";
import { targetCode } from "./targets";

const id = (what: string) => z.string({ error: `Missing ${what}.` }).trim().min(1, `Missing ${what}.`).max(64, `Unknown ${what}.`);

export const startQuizSchema = z.object({ moduleId: id("module") });

export const startExamSchema = z
  .object({
    targetCode: targetCode(),
    mode: z.enum(["short", "drill", "full"], { error: "Choose a kind of exam." }),
    domain: z.string().trim().max(60).optional().or(z.literal("").transform(() => undefined)),
  })
  .superRefine((v, ctx) => {
    if (v.mode === "drill" && !v.domain) ctx.addIssue({ code: "custom", path: ["domain"], message: "Choose a domain to drill." });
  });

export const saveAnswerSchema = z.object({
  attemptId: id("attempt"),
  position: z.number({ error: "Unknown question." }).int().min(1).max(500),
  // Its shape is checked against the question itself in the data layer.
  response: z.unknown(),
  timeSpentMs: z.number().min(0).max(86_400_000).optional(),
  confidence: z.enum(["low", "medium", "high"]).optional(),
});

export const flagSchema = z.object({ attemptId: id("attempt"), position: z.number().int().min(1).max(500), flagged: z.boolean() });

export const attemptIdSchema = z.object({ attemptId: id("attempt") });

export const advanceSectionSchema = z.object({ attemptId: id("attempt"), takeBreak: z.boolean() });

export const reviewAnswerSchema = z.object({
  questionId: id("question"),
  response: z.unknown(),
  confidence: z.enum(["low", "medium", "high"], { error: "Say how sure you were." }),
});
