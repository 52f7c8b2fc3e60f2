import "server-only";
import { BoundedMap } from "@/lib/bounded-map";
import type { Evidence, Readiness } from "@/lib/readiness/model";

export type TrendPoint = { date: Date; probability: number | null; answers: number };

/** What the dashboard fits from a learner's evidence for one target: the readiness today and its eight-week trend. */
export type TargetModel = { readiness: Readiness; passProbability: number | null; trend: TrendPoint[] };

// Kept per process, least recently used out first:
// - `models` by what a fit depends on: the learner's evidence stamp
//   (learner-evidence.ts), the day, the blueprint and the calibration in force. A
//   dashboard seen again the same day with no new answer reads and fits nothing; the
//   model weighs answers by their age in days, so a fit stands for the day.
// - `points`, a past week end's point of the trend, by the evidence up to it, which
//   new answers do not change: after studying, the refit is of today's readiness only.
// - `evidence`, the grouped answers themselves, with the stamps they were read under.
//   Reading them is most of a refit's time (a learner of 5,000 answers: about 40 of
//   90 ms). The first view of a new day refits from them and reads nothing; after
//   answers today, only today's are read, where the stamp of the days before is
//   unchanged. Weighed by rows, so a few heavy learners cannot hold the memory of
//   thousands of others.
export type KeptEvidence = { rows: Evidence[]; answers: string; day: string; before: string };
type Memos = { models: BoundedMap<string, TargetModel>; points: BoundedMap<string, TrendPoint>; evidence: BoundedMap<string, KeptEvidence> };
const memos: Memos = ((globalThis as { __kaizenDashboardMemos?: Memos }).__kaizenDashboardMemos ??= {
  models: new BoundedMap(5_000),
  points: new BoundedMap(50_000),
  evidence: new BoundedMap(200_000, (kept) => kept.rows.length + 1),
});

export const targetModels = memos.models;
export const trendPoints = memos.points;
export const targetEvidence = memos.evidence;
