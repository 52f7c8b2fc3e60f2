import "server-only";
import type { Readiness } from "@/lib/readiness/model";

export type TrendPoint = { date: Date; probability: number | null; answers: number };

/** What the dashboard fits from a learner's evidence for one target: the readiness today and its eight-week trend. */
export type TargetModel = { readiness: Readiness; passProbability: number | null; trend: TrendPoint[] };

// Kept per process by what the fit depends on: the learner's evidence stamp
// (learner-evidence.ts), the day, the blueprint and the calibration in force. A
// dashboard seen again the same day with no new answer reads and fits nothing (for
// a learner of 5,000 answers, the grouping of them and nine fits were most of its
// time); the model weighs answers by their age in days, so a fit stands for the day.
// A past week's point of the trend is kept by the evidence up to it, which new
// answers do not change: after studying, the refit is of today's readiness only.
// Oldest out first, once full.
type Memos = { models: Map<string, TargetModel>; points: Map<string, TrendPoint> };
const memos: Memos = ((globalThis as { __kaizenDashboardMemos?: Memos }).__kaizenDashboardMemos ??= { models: new Map(), points: new Map() });
const MAX_ENTRIES = 5_000;

function remember<T>(memo: Map<string, T>, key: string, value: T): T {
  if (memo.size >= MAX_ENTRIES) memo.delete(memo.keys().next().value!);
  memo.set(key, value);
  return value;
}

export function rememberedModel(key: string): TargetModel | undefined {
  return memos.models.get(key);
}

export function rememberModel(key: string, model: TargetModel): TargetModel {
  return remember(memos.models, key, model);
}

/** The trend's point for `key` (which names the day and the evidence up to it), fitted once. */
export function trendPoint(key: string, fit: () => TrendPoint): TrendPoint {
  return memos.points.get(key) ?? remember(memos.points, key, fit());
}
