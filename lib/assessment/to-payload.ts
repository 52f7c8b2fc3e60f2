// Turns a bank question into the stored, versioned form.
import crypto from "node:crypto";
import type { QuestionSource } from "./question-schema";
import { opaqueIds, withoutIds } from "./opaque-ids";
import type { Payload } from "./types";

/** The stored payload, in authored order, with fresh opaque ids (see opaque-ids.ts). */
export function toPayload(q: QuestionSource, nextId: () => string = opaqueIds()): Payload {
  switch (q.type) {
    case "single":
    case "multiple": {
      const options = q.options.map((o) => ({
        id: nextId(),
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
      return { type: "matching", pairs: q.pairs.map((p) => ({ id: nextId(), prompt: p.prompt, matchId: nextId(), match: p.match, explanation: p.explanation })) };
    case "ordering":
      return { type: "ordering", items: q.items.map((text) => ({ id: nextId(), text })) };
  }
}

/**
 * Changes when anything a learner sees or is graded on changes, and not when
 * only the ids do: ids are random, so re-importing an unchanged question must
 * not make a new version.
 */
export function versionHash(version: { type: string; stem: string; explanation: string; payload: Payload }): string {
  return crypto
    .createHash("sha256")
    .update(JSON.stringify({ type: version.type, stem: version.stem.trim(), explanation: version.explanation.trim(), payload: withoutIds(version.payload) }))
    .digest("hex");
}

export function contentHash(q: QuestionSource): string {
  return versionHash({ type: q.type, stem: q.stem, explanation: q.explanation, payload: toPayload(q) });
}
