// The question bank's file format (prisma/content/questions/**/*.yaml), checked
// with zod. Every question maps to a certification target's exam domain.
import "@/lib/validation/zod-config";
import { z } from "zod";

const text = (max: number) => z.string().trim().min(1).max(max);

const option = z.object({
  text: text(1000),
  /**
   * Single choice: the share of the item's credit this option earns when
   * chosen (situational judgement), 0 to 1. Multiple answer with weighted
   * scoring: the option's weight as Moodle has it, -1 to 1 (see below).
   */
  credit: z.number().min(-1).max(1).optional(),
  correct: z.boolean().optional(),
  explanation: text(2000),
});

const base = {
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are lowercase slugs").max(80),
  /** A code from prisma/content/targets.yaml; the loader checks it and the domain. */
  target: z.string(),
  domain: z.string(),
  /** Exam task, or Body of Knowledge section, where the blueprint has one. */
  task: text(200).optional(),
  difficulty: z.number().int().min(1).max(5),
  tags: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
  /** "<course-slug>/<module-slug>": the module quiz this question belongs to. */
  module: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/).optional(),
  stem: text(4000),
  explanation: text(3000),
};

export const questionSchema = z
  .discriminatedUnion("type", [
    z.object({ ...base, type: z.literal("single"), options: z.array(option).min(2).max(8) }),
    z.object({
      ...base,
      type: z.literal("multiple"),
      /**
       * partial: each right option earns an equal share and each wrong one takes a share back;
       * weighted: every option carries its own weight (`credit`), the right ones' adding up to 1,
       * and a response earns the sum of its options' weights, between 0 and 1 (Moodle's multiple answer).
       */
      scoring: z.enum(["all-or-nothing", "partial", "weighted"]),
      options: z.array(option).min(3).max(10),
    }),
    z.object({ ...base, type: z.literal("true-false"), answer: z.boolean(), falseExplanation: text(2000) }),
    z.object({
      ...base,
      type: z.literal("numeric"),
      answer: z.number(),
      tolerance: z.number().min(0),
      unit: text(40).optional(),
    }),
    z.object({
      ...base,
      type: z.literal("matching"),
      pairs: z.array(z.object({ prompt: text(300), match: text(300), explanation: text(1000) })).min(3).max(8),
    }),
    z.object({ ...base, type: z.literal("ordering"), items: z.array(text(300)).min(3).max(8) }),
  ])
  .superRefine((q, ctx) => {
    if (q.type === "single") {
      const full = q.options.filter((o) => o.correct || o.credit === 1);
      if (full.length !== 1) ctx.addIssue({ code: "custom", path: ["options"], message: "a single-choice question has exactly one fully correct option" });
      for (const o of q.options) if (o.correct && o.credit !== undefined && o.credit !== 1) ctx.addIssue({ code: "custom", path: ["options"], message: "a correct option earns credit 1" });
      q.options.forEach((o, i) => {
        if (o.credit !== undefined && o.credit < 0) ctx.addIssue({ code: "custom", path: ["options", i, "credit"], message: "partial credit is between 0 and 1" });
      });
    }
    if (q.type === "multiple") {
      const correct = q.options.filter((o) => o.correct);
      if (correct.length < 2) ctx.addIssue({ code: "custom", path: ["options"], message: "a multiple-response question has at least two correct options" });
      if (correct.length === q.options.length) ctx.addIssue({ code: "custom", path: ["options"], message: "at least one option must be wrong" });
      if (q.scoring === "weighted") {
        q.options.forEach((o, i) => {
          if (o.credit === undefined) ctx.addIssue({ code: "custom", path: ["options", i, "credit"], message: "weighted scoring gives every option a weight" });
          else if (o.correct ? o.credit <= 0 : o.credit > 0) ctx.addIssue({ code: "custom", path: ["options", i, "credit"], message: o.correct ? "a correct option's weight is above 0" : "a wrong option's weight is 0 or below" });
        });
        const total = q.options.reduce((sum, o) => sum + Math.max(0, o.credit ?? 0), 0);
        if (Math.abs(total - 1) > 0.005) ctx.addIssue({ code: "custom", path: ["options"], message: `the correct options' weights add up to 1 (they add up to ${+total.toFixed(3)})` });
      } else {
        q.options.forEach((o, i) => {
          if (o.credit !== undefined) ctx.addIssue({ code: "custom", path: ["options", i, "credit"], message: "a weight per option needs weighted scoring" });
        });
      }
    }
    if (q.type === "matching" && new Set(q.pairs.map((p) => p.match)).size !== q.pairs.length) {
      ctx.addIssue({ code: "custom", path: ["pairs"], message: "matches must be distinct" });
    }
    if (q.type === "ordering" && new Set(q.items).size !== q.items.length) {
      ctx.addIssue({ code: "custom", path: ["items"], message: "items must be distinct" });
    }
  });

export type QuestionSource = z.infer<typeof questionSchema>;
export const questionFileSchema = z.array(questionSchema);
