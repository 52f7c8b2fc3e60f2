// What a learner sees after answering: the key, explained. Only ever sent for
// answered practice items and for submitted attempts.
import type { Payload } from "./types";

export type Solution =
  | { type: "single" | "multiple"; options: { id: string; text: string; correct: boolean; credit: number; explanation: string }[]; scoring?: string }
  | { type: "true-false"; answer: boolean; falseExplanation: string }
  | { type: "numeric"; answer: number; tolerance: number; unit?: string }
  | { type: "matching"; pairs: { id: string; prompt: string; matchId: string; match: string; explanation: string }[] }
  | { type: "ordering"; items: { id: string; text: string }[] };

export function solutionOf(payload: Payload): Solution {
  switch (payload.type) {
    case "single":
      return { type: "single", options: payload.options };
    case "multiple":
      return { type: "multiple", options: payload.options, scoring: payload.scoring };
    default:
      return payload;
  }
}
