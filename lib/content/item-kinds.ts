// How applied a bank is. The content issue asks that PMP items be situational like
// the real exam (at least 60% ask what someone should do) and that elsewhere at least
// half set a situation rather than test recall. Judged from the stem alone, so the
// measure is cheap and anyone can check it by reading the items it counts:
// - a scenario sets a situation before its question: two sentences or more, 140 characters or more;
// - an action question asks what someone should do, or do first or next.
import type { QuestionSource } from "@/lib/assessment/question-schema";

const SCENARIO_MIN_CHARS = 140;
const ACTION = /what should|should the|should (she|he|they|you) do|best (next|first)|do (first|next)|most appropriate|best response|best action/i;

export const APPLIED_FLOORS = { pmpAction: 0.6, scenario: 0.5 } as const;

export function isScenario(stem: string): boolean {
  const text = stem.trim();
  return text.length >= SCENARIO_MIN_CHARS && text.split(/(?<=[.!?])\s+/).length >= 2;
}

export function asksForAction(stem: string): boolean {
  return ACTION.test(stem);
}

export type AppliedShares = { target: string; items: number; scenario: number; action: number };

/** Per target: the share of items that are scenarios and the share that ask for an action. */
export function appliedShares(bank: readonly Pick<QuestionSource, "target" | "stem">[]): AppliedShares[] {
  const targets = [...new Set(bank.map((q) => q.target))].sort();
  return targets.map((target) => {
    const items = bank.filter((q) => q.target === target);
    return {
      target,
      items: items.length,
      scenario: items.filter((q) => isScenario(q.stem)).length / items.length,
      action: items.filter((q) => asksForAction(q.stem)).length / items.length,
    };
  });
}

/** What falls short: PMP's action share, and every target's scenario share. */
export function appliedShortfalls(shares: readonly AppliedShares[]): string[] {
  return shares.flatMap((s) => [
    ...(s.scenario < APPLIED_FLOORS.scenario ? [`${s.target}: ${Math.round(100 * s.scenario)}% scenarios, floor ${100 * APPLIED_FLOORS.scenario}%`] : []),
    ...(s.target === "PMP" && s.action < APPLIED_FLOORS.pmpAction ? [`PMP: ${Math.round(100 * s.action)}% ask what to do, floor ${100 * APPLIED_FLOORS.pmpAction}%`] : []),
  ]);
}
