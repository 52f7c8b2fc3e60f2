// Calibration of the readiness model against learners' reported exam results:
// item difficulties and the scale of authors' difficulty labels estimated from
// the answers behind those results, and a logistic regression of the results on
// the model's pass probability, how long the learner had not practised and, where
// cross-validation on the training outcomes says it helps, features of the
// learner's record (passFeatures). Plain JSON, stored per target.
import { fitLogisticMany } from "./logistic-fit";
import {
  DEFAULT_LABELS,
  estimateReadiness,
  guessingFloor,
  itemLogit,
  logistic,
  rawPassProbability,
  type DomainWeight,
  type Evidence,
  type LabelScale,
  type ModelOptions,
  PASS_FEATURES,
  passFeatures,
  passLogit,
  type PassFeature,
} from "./model";

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
  /** Difficulty (logits) by item id, for items with enough answers, shrunk toward their label's. */
  items: Record<string, number>;
  /** Discrimination by item id (geometric mean 1 over the items; 1 is Rasch), for the same items; absent in older calibrations. */
  discrimination?: Record<string, number>;
  /** How much harder (logits) the real exam's items are than the practice answered, fitted on the results; absent in older calibrations. */
  examOffset?: number;
  /**
   * logit(calibrated) = intercept + slope * logit(model's pass probability) + idle * months since the last answer
   * + the sum of weights[name] * passFeatures(readiness)[name].
   */
  pass: { intercept: number; slope: number; idle?: number; weights?: Partial<Record<PassFeature, number>> };
};

const MONTH = 30 * 86_400_000;

/** Answers an item needs before its own difficulty replaces its label's. */
export const MIN_ITEM_ANSWERS = 10;
const ROUNDS = 2;

type Response = { theta: number; y: number; g: number };

/** MAP difficulty of one item from learners' abilities and answers, with a normal prior. */
function fitDifficulty(responses: Response[], priorMean: number, priorSd: number): number {
  let b = priorMean;
  for (let it = 0; it < 30; it++) {
    let gradient = -(b - priorMean) / priorSd ** 2;
    let info = 1 / priorSd ** 2;
    for (const r of responses) {
      const s = logistic(r.theta - b);
      const p = r.g + (1 - r.g) * s;
      const slope = (1 - r.g) * s * (1 - s);
      gradient -= ((r.y - p) * slope) / (p * (1 - p));
      info += (slope * slope) / (p * (1 - p));
    }
    const step = Math.max(-1, Math.min(1, gradient / info));
    b += step;
    if (Math.abs(step) < 1e-6) break;
  }
  return b;
}

/** Prior spread of log discrimination for the first, loosely held estimates that measure how much items differ. */
const LOOSE_discriminationSd = 1;

/**
 * MAP difficulty and discrimination of one item (2PL with the guessing floor) from learners' abilities and
 * answers, by Fisher scoring on the difficulty and the log discrimination with normal priors; with the
 * log discrimination's sampling variance.
 */
function fitItem(responses: Response[], priorMean: number, priorSd: number, discriminationSd: number): { b: number; a: number; variance: number } {
  let b = priorMean;
  let alpha = 0;
  let variance = discriminationSd ** 2;
  for (let it = 0; it < 30; it++) {
    const a = Math.exp(alpha);
    let gb = -(b - priorMean) / priorSd ** 2;
    let ga = -alpha / discriminationSd ** 2;
    let hbb = 1 / priorSd ** 2;
    let hba = 0;
    let haa = 1 / discriminationSd ** 2;
    for (const r of responses) {
      const x = r.theta - b;
      const s = logistic(a * x);
      const p = r.g + (1 - r.g) * s;
      const slope = (1 - r.g) * s * (1 - s);
      const score = ((r.y - p) * slope) / (p * (1 - p));
      const info = (slope * slope) / (p * (1 - p));
      // d(a x)/db = -a and d(a x)/d(log a) = a x.
      gb -= score * a;
      ga += score * a * x;
      hbb += info * a * a;
      hba -= info * a * a * x;
      haa += info * a * a * x * x;
    }
    const det = hbb * haa - hba * hba;
    variance = hbb / det;
    const db = Math.max(-1, Math.min(1, (haa * gb - hba * ga) / det));
    const da = Math.max(-0.5, Math.min(0.5, (hbb * ga - hba * gb) / det));
    b += db;
    alpha += da;
    if (Math.abs(db) + Math.abs(da) < 1e-6) break;
  }
  return { b, a: Math.exp(alpha), variance };
}

/**
 * How much items' log discriminations truly differ: the spread of loosely held estimates less their
 * sampling noise (method of moments). Near zero where items discriminate alike, so that noise is not
 * mistaken for discrimination.
 */
function discriminationSpread(estimates: { a: number; variance: number }[]): number {
  if (estimates.length < 2) return 0.05;
  const logs = estimates.map((e) => Math.log(e.a));
  const mean = logs.reduce((s, v) => s + v, 0) / logs.length;
  const spread = logs.reduce((s, v) => s + (v - mean) ** 2, 0) / (logs.length - 1);
  const noise = estimates.reduce((s, e) => s + e.variance, 0) / estimates.length;
  return Math.max(0.05, Math.sqrt(Math.max(0, spread - noise)));
}

/** Weighted least squares of difficulty on label, and the spread of difficulties about that line. */
function fitLabels(points: { label: number; b: number; n: number }[]): { labels: LabelScale; spread: number } {
  const total = points.reduce((s, p) => s + p.n, 0);
  if (total === 0) return { labels: DEFAULT_LABELS, spread: 0.5 };
  const mx = points.reduce((s, p) => s + p.n * (p.label - 3), 0) / total;
  const my = points.reduce((s, p) => s + p.n * p.b, 0) / total;
  const sxx = points.reduce((s, p) => s + p.n * (p.label - 3 - mx) ** 2, 0);
  const sxy = points.reduce((s, p) => s + p.n * (p.label - 3 - mx) * (p.b - my), 0);
  const slope = sxx > 0 ? sxy / sxx : DEFAULT_LABELS.slope;
  const intercept = my - slope * mx;
  const residual = points.reduce((s, p) => s + p.n * (p.b - intercept - slope * (p.label - 3)) ** 2, 0) / total;
  return { labels: { intercept, slope }, spread: Math.max(0.3, Math.sqrt(residual)) };
}

/** A learner's answers up to a moment: what item difficulties are fitted from, with or without a reported result. */
export type Responses = { evidence: Evidence[]; domains: DomainWeight[]; at: Date };

/**
 * Item difficulties, discriminations and the labels' scale from learners' answers alone: no exam results
 * needed, so every learner's answers can serve. The pass correction is left as the identity.
 */
export function fitItemCalibration(records: Responses[], options: Partial<ModelOptions> = {}, outcomes = 0): Calibration {
  let calibration: Calibration = { version: 1, outcomes, labels: DEFAULT_LABELS, items: {}, pass: { intercept: 0, slope: 1 } };
  if (records.length === 0) return calibration;

  // Items and learners together: abilities with the current difficulties, then difficulties with those abilities.
  for (let round = 0; round < ROUNDS; round++) {
    const byItem = new Map<string, { label: number; responses: Response[] }>();
    for (const o of records) {
      const past = o.evidence.filter((e) => e.at <= o.at);
      if (past.length === 0) continue;
      // Each answer is judged by the learner's ability when it was given: a learner who grew during the
      // evidence's span answered the early items with less than their ability at the end.
      const last = past.reduce((m, e) => Math.max(m, e.at.getTime()), -Infinity);
      const r = estimateReadiness(past, o.domains, new Date(last), { ...options, calibration });
      const ability = new Map(r.domains.map((d) => [d.code, d.ability.mean]));
      for (const e of past) {
        const atLast = ability.get(e.domain);
        if (e.itemId === undefined || e.count !== undefined || atLast === undefined) continue;
        const theta = atLast + (r.rate * (e.at.getTime() - last)) / MONTH;
        const item = byItem.get(e.itemId) ?? { label: e.difficulty, responses: [] };
        item.responses.push({ theta, y: Math.max(0, Math.min(1, e.credit)), g: guessingFloor(e.choices) });
        byItem.set(e.itemId, item);
      }
    }
    const known = [...byItem].filter(([, i]) => i.responses.length >= MIN_ITEM_ANSWERS);
    // A first, loosely held estimate per item places the labels on the logit scale...
    const loose = known.map(([, i]) => ({ label: i.label, b: fitDifficulty(i.responses, itemLogit(i.label, calibration.labels), 2), n: i.responses.length }));
    const { labels, spread } = fitLabels(loose);
    // ...and each item is then shrunk toward its label's difficulty by how much items of a label differ.
    const sd = discriminationSpread(known.map(([, i]) => fitItem(i.responses, itemLogit(i.label, labels), spread, LOOSE_discriminationSd)));
    const fitted = known.map(([id, i]) => ({ id, ...fitItem(i.responses, itemLogit(i.label, labels), spread, sd) }));
    // Abilities measured with error flatten every item's curve alike: only the discriminations' ratios are kept.
    const scale = Math.exp(fitted.reduce((s, f) => s + Math.log(f.a), 0) / (fitted.length || 1));
    const round = (v: number) => Math.round(1000 * v) / 1000;
    const items = Object.fromEntries(fitted.map((f) => [f.id, round(f.b)]));
    const discrimination = Object.fromEntries(fitted.map((f) => [f.id, round(f.a / scale)]));
    calibration = { ...calibration, labels, items, discrimination };
  }
  return calibration;
}

export function fitCalibration(outcomes: Outcome[], options: Partial<ModelOptions> = {}): Calibration {
  const calibration = fitItemCalibration(
    outcomes.map((o) => ({ evidence: o.evidence, domains: o.domains, at: o.examDate })),
    options,
    outcomes.length,
  );
  if (outcomes.length === 0) return calibration;

  const readiness = outcomes.map((o) => estimateReadiness(o.evidence, o.domains, o.examDate, { ...options, calibration }));
  const examOffset = fitExamOffset(outcomes, readiness);
  const rows = outcomes.map((o, i) => {
    const r = readiness[i]!;
    const f = passFeatures(r, o.exam);
    return [passLogit(rawPassProbability(r, o.exam, examOffset)), r.idleDays / 30, ...PASS_FEATURES.map((name) => f[name])];
  });
  return { ...calibration, examOffset, pass: fitPass(rows, outcomes.map((o) => (o.passed ? 1 : 0))) };
}

/**
 * The exam's difficulty over the practice's that makes the model's own pass probabilities most likely to
 * give the reported results (golden-section search on the log-likelihood). A harder exam moves every
 * learner along the model's own curve, which a correction of the pass probability's logit alone cannot mimic
 * where the curve bends.
 */
function fitExamOffset(outcomes: Outcome[], readiness: ReturnType<typeof estimateReadiness>[]): number {
  const logLikelihood = (offset: number) =>
    outcomes.reduce((s, o, i) => {
      const p = Math.min(1 - 1e-6, Math.max(1e-6, rawPassProbability(readiness[i]!, o.exam, offset)));
      return s + Math.log(o.passed ? p : 1 - p);
    }, 0);
  const ratio = (Math.sqrt(5) - 1) / 2;
  let [lo, hi] = [-2, 2];
  let a = hi - ratio * (hi - lo);
  let b = lo + ratio * (hi - lo);
  let [fa, fb] = [logLikelihood(a), logLikelihood(b)];
  while (hi - lo > 0.02) {
    if (fa > fb) {
      [hi, b, fb] = [b, a, fa];
      a = hi - ratio * (hi - lo);
      fa = logLikelihood(a);
    } else {
      [lo, a, fa] = [a, b, fb];
      b = lo + ratio * (hi - lo);
      fb = logLikelihood(b);
    }
  }
  return Math.round(500 * (lo + hi)) / 1000;
}

/** Keeps the standardised pass regression finite when the outcomes separate; small enough not to blunt it. */
const PASS_RIDGE = 0.01;
const FOLDS = 5;

/**
 * Which features the pass regression uses besides the model's pass logit and idle months: none (a Platt
 * correction) or the learner's record too, chosen by cross-validated log loss on the training outcomes alone.
 * All of passFeatures together was a candidate too, but it chose them where their weights only fitted the
 * training cohort (with noisy labels, Brier 0.0741 against 0.0718 without them, 1,000 learners each); stored
 * calibrations that weigh them still apply.
 */
const CANDIDATES: PassFeature[][] = [[], ["correct", "recent"]];

type Standardised = { mean: number[]; scale: number[]; beta: number[] };

function fitStandardised(rows: number[][], passed: (0 | 1)[]): Standardised {
  const k = rows[0]!.length;
  const mean = Array.from({ length: k }, (_, j) => rows.reduce((s, r) => s + r[j]!, 0) / rows.length);
  // A feature the same for every outcome varies only by rounding (its mean is not bitwise its value): scaling
  // that noise up to unit variance would give it a huge weight, so it is left unscaled (and the ridge zeroes it).
  const scale = Array.from({ length: k }, (_, j) => {
    const sd = Math.sqrt(rows.reduce((s, r) => s + (r[j]! - mean[j]!) ** 2, 0) / rows.length);
    return sd > 1e-9 * (1 + Math.abs(mean[j]!)) ? sd : 1;
  });
  const beta = fitLogisticMany(
    rows.map((r) => r.map((v, j) => (v - mean[j]!) / scale[j]!)),
    passed,
    50,
    PASS_RIDGE,
  );
  return { mean, scale, beta };
}

function predictStandardised(fit: Standardised, row: number[]): number {
  return logistic(row.reduce((s, v, j) => s + (fit.beta[j + 1]! * (v - fit.mean[j]!)) / fit.scale[j]!, fit.beta[0]!));
}

function crossValidatedLogLoss(rows: number[][], passed: (0 | 1)[]): number {
  let loss = 0;
  for (let fold = 0; fold < FOLDS; fold++) {
    const inFold = (i: number) => i % FOLDS === fold;
    const fit = fitStandardised(
      rows.filter((_, i) => !inFold(i)),
      passed.filter((_, i) => !inFold(i)),
    );
    rows.forEach((row, i) => {
      if (!inFold(i)) return;
      const p = Math.min(1 - 1e-6, Math.max(1e-6, predictStandardised(fit, row)));
      loss -= passed[i] ? Math.log(p) : Math.log(1 - p);
    });
  }
  return loss;
}

/**
 * A logistic regression of the outcomes on the model's pass logit, idle months and the chosen features of
 * the learner's record, fitted on standardised features and returned on their own scales.
 */
function fitPass(rows: number[][], passed: (0 | 1)[]): Calibration["pass"] {
  const columns = (features: PassFeature[]) => [0, 1, ...features.map((f) => 2 + PASS_FEATURES.indexOf(f))];
  const select = (features: PassFeature[]) => rows.map((r) => columns(features).map((j) => r[j]!));
  const enough = rows.length >= 2 * FOLDS;
  const losses = CANDIDATES.map((features) => (enough ? crossValidatedLogLoss(select(features), passed) : features.length));
  const chosen = CANDIDATES[losses.indexOf(Math.min(...losses))]!;
  const fit = fitStandardised(select(chosen), passed);
  const w = fit.beta.slice(1).map((b, j) => b / fit.scale[j]!);
  const intercept = fit.beta[0]! - w.reduce((s, wj, j) => s + wj * fit.mean[j]!, 0);
  // `|| 0`: a zero weight may come out as -0, which JSON writes as 0.
  const round = (v: number) => Math.round(1e6 * v) / 1e6 || 0;
  return {
    intercept: round(intercept),
    slope: round(w[0]!),
    idle: round(w[1]!),
    weights: Object.fromEntries(chosen.map((name, j) => [name, round(w[j + 2]!)])),
  };
}
