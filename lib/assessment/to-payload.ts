// Turns a bank question into the stored, versioned form.
import type { QuestionSource } from "./question-schema";
import type { Payload } from "./types";

/** The stored payload, in authored order, with ids from `nextId` (opaque ones: see opaque-ids.ts). */
export function toPayload(q: QuestionSource, nextId: () => string): Payload {
  switch (q.type) {
    case "single":
    case "multiple": {
      const options = q.options.map((o) => ({
        id: nextId(),
        text: o.text,
        correct: Boolean(o.correct),
        credit: q.type === "multiple" && q.scoring === "weighted" ? o.credit! : o.correct ? 1 : (o.credit ?? 0),
        explanation: o.explanation,
      }));
      return q.type === "single" ? { type: "single", options } : { type: "multiple", scoring: q.scoring, options };
    }
    case "true-false":
      return { type: "true-false", answer: q.answer, falseExplanation: q.falseExplanation };
    case "numeric":
      return { type: "numeric", answer: q.answer, tolerance: q.tolerance, unit: q.unit };
    case "matching":
      return { type: "matching", pairs: q.pairs.map((p) => ({ id: nextId(), prompt: p.prompt, matchId: nextId(), match: p.match, explanation: p.explanation })) };
    case "ordering":
      return { type: "ordering", items: q.items.map((text) => ({ id: nextId(), text })) };
  }
}
