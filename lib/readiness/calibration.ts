// Calibration of the readiness model against learners' reported exam results:
// item difficulties and the scale of authors' difficulty labels estimated from
// the answers behind those results, and a logistic correction (Platt scaling)
// of the model's pass probability. Plain JSON, stored per target.
import { fitLogistic } from "./logistic-fit";
import { DEFAULT_LABELS, estimateReadiness, rawPassProbability, type DomainWeight, type Evidence, type LabelScale } from "./model";

export type Outcome = {
  evidence: Evidence[];
  domains: DomainWeight[];
  examDate: Date;
  exam: { questions: number; passingPercent: number };
  passed: boolean;
};

export type Calibration = {
  version: 1;
  /** Reported results the fit rests on. */
  outcomes: number;
  /** Authors' 1-5 labels on the logit scale: intercept + slope * (label - 3). */
  labels: LabelScale;
  /** Difficulty (logits) by item id, for items with enough answers. */
  items: Record<string, number>;
  /** logit(calibrated) = intercept + slope * logit(model's pass probability). */
  pass: { intercept: number; slope: number };
};

const logit = (p: number) => {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
};

export function fitCalibration(outcomes: Outcome[]): Calibration {
  const base: Calibration = { version: 1, outcomes: outcomes.length, labels: DEFAULT_LABELS, items: {}, pass: { intercept: 0, slope: 1 } };
  if (outcomes.length === 0) return base;
  const x = outcomes.map((o) => logit(rawPassProbability(estimateReadiness(o.evidence, o.domains, o.examDate, { calibration: base }), o.exam)));
  const fit = fitLogistic(
    x,
    outcomes.map((o) => (o.passed ? 1 : 0)),
  );
  return { ...base, pass: { intercept: fit.intercept, slope: fit.slope } };
}
