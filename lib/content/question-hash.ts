// The content hash of a question version: what decides whether a re-import
// makes a new version.
import crypto from "node:crypto";
import { withoutIds } from "@/lib/assessment/opaque-ids";
import type { QuestionSource } from "@/lib/assessment/question-schema";
import { toPayload } from "@/lib/assessment/to-payload";
import type { Payload } from "@/lib/assessment/types";

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
  // The hash leaves the ids out, so any ids do here.
  let n = 0;
  return versionHash({ type: q.type, stem: q.stem, explanation: q.explanation, payload: toPayload(q, () => String(n++)) });
}
