import "server-only";
import type { Readiness } from "@/lib/readiness/model";

/** What the dashboard fits from a learner's evidence for one target: the readiness today and its eight-week trend. */
export type TargetModel = {
  readiness: Readiness;
  passProbability: number | null;
  trend: { date: Date; probability: number | null; answers: number }[];
};

// Kept per process by what the fit depends on: the learner's evidence stamp
// (learner-evidence.ts), the day, the blueprint and the calibration in force. A
// dashboard seen again the same day with no new answer reads and fits nothing (for
// a learner of 5,000 answers, the grouping of them and nine fits were most of its
// time); the model weighs answers by their age in days, so a fit stands for the day.
// Oldest out first, once full.
const models: Map<string, TargetModel> = ((globalThis as { __kaizenDashboardModels?: Map<string, TargetModel> }).__kaizenDashboardModels ??= new Map());
const MAX_MODELS = 5_000;

export function rememberedModel(key: string): TargetModel | undefined {
  return models.get(key);
}

export function rememberModel(key: string, model: TargetModel): TargetModel {
  if (models.size >= MAX_MODELS) models.delete(models.keys().next().value!);
  models.set(key, model);
  return model;
}
