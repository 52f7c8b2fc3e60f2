// Turns a bank question into the stored, versioned form.
import crypto from "node:crypto";
import type { QuestionSource } from "./question-schema";
import type { Payload } from "./types";

const letters = "abcdefghij";

export function toPayload(q: QuestionSource): Payload {
  switch (q.type) {
    case "single":
    case "multiple": {
      const options = q.options.map((o, i) => ({
        id: letters[i]!,
        text: o.text,
        correct: Boolean(o.correct),
        credit: o.correct ? 1 : (o.credit ?? 0),
        explanation: o.explanation,
      }));
      return q.type === "single" ? { type: "single", options } : { type: "multiple", scoring: q.scoring, options };
    }
    case "true-false":
      return { type: "true-false", answer: q.answer, falseExplanation: q.falseExplanation };
    case "numeric":
      return { type: "numeric", answer: q.answer, tolerance: q.tolerance, unit: q.unit };
    case "matching":
      return { type: "matching", pairs: q.pairs.map((p, i) => ({ id: `p${i + 1}`, prompt: p.prompt, matchId: `m${i + 1}`, match: p.match, explanation: p.explanation })) };
    case "ordering":
      return { type: "ordering", items: q.items.map((text, i) => ({ id: `i${i + 1}`, text })) };
  }
}

/** Changes when anything a learner sees or is graded on changes. */
export function contentHash(q: QuestionSource): string {
  return crypto
    .createHash("sha256")
    .update(JSON.stringify({ type: q.type, stem: q.stem, explanation: q.explanation, payload: toPayload(q) }))
    .digest("hex");
}
