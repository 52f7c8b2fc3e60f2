// Readiness: how likely a learner is to answer a fresh question of each exam
// domain correctly, and to pass the exam. A Rasch-style model per domain with
// the guessing floor of choice items, fitted by maximum a posteriori with a
// Laplace approximation:
//   P(correct) = floor + (1 - floor) * logistic(ability - itemDifficulty)
// Answers are weighted by age (half-life), domain abilities are pooled toward
// the learner's overall ability, and every estimate carries its uncertainty.
// A calibration fitted on reported exam results (./calibration) supplies item
// difficulties estimated from learners' answers and corrects the pass probability.
import { errorFunction } from "simple-statistics";
import { seededRandom } from "@/lib/assessment/present";
import type { Calibration } from "./calibration";

/**
 * One answer, or `count` answers to items of one difficulty in one domain at
 * the same time with `credit` their mean (a cohort's answers grouped in SQL):
 * the weighted likelihood is the same either way.
 */
export type Evidence = {
  domain: string;
  credit: number;
  /** The author's label, 1 (easy) to 5 (hard). */
  difficulty: number;
  at: Date;
  itemId?: string;
  /** Options of a choice item (its guessing floor is 1/choices); absent for other items. */
  choices?: number;
  count?: number;
};
export type DomainWeight = { code: string; name?: string; weight: number };

export type ModelOptions = {
  /** Age at which an answer counts half: what a learner knew long ago says less about today even beyond the trend. */
  halfLifeDays: number;
  /** Prior mean of a learner's learning rate (logits per 30 days of the evidence's span). */
  trendMean: number;
  /** Prior spread of a learner's learning rate (logits per 30 days of the evidence's span). */
  trendSd: number;
  /** Growth of the ability's variance per 30 days without answers (logits squared): knowledge may fade. */
  idleVariance: number;
  /** Days without answers over which half of what was learned during the evidence's span is forgotten. */
  forgetHalfLifeDays: number;
  /** Prior spread of overall ability (logits). */
  priorSd: number;
  /** How far a domain may sit from the learner's overall ability (logits). */
  domainSd: number;
  /** Effective (age-weighted) answers needed before a domain shows a number. */
  minEvidence: number;
};

export const DEFAULT_OPTIONS: ModelOptions = { halfLifeDays: 60, trendMean: 0.3, trendSd: 0.3, idleVariance: 0.1, forgetHalfLifeDays: 30, priorSd: 1.5, domainSd: 0.8, minEvidence: 5 };

export const logistic = (x: number) => 1 / (1 + Math.exp(-x));
const MONTH = 30 * 86_400_000;
const normalCdf = (x: number) => 0.5 * (1 + errorFunction(x / Math.SQRT2));

export type LabelScale = { intercept: number; slope: number };
export const DEFAULT_LABELS: LabelScale = { intercept: 0, slope: 0.6 };

/** Bank difficulty 1..5 on the logit scale; 3 is an average question. */
export const itemLogit = (difficulty: number, labels: LabelScale = DEFAULT_LABELS) => labels.intercept + (difficulty - 3) * labels.slope;

/** The chance of a right answer by guessing: 1/options for a choice item, none otherwise. */
export const guessingFloor = (choices?: number) => (choices && choices > 1 ? 1 / choices : 0);

/** Difficulty of an answered item: estimated from learners' answers where the calibration has it, else from its label. */
export function difficultyOf(e: Pick<Evidence, "difficulty" | "itemId">, calibration?: Calibration): number {
  const known = e.itemId === undefined ? undefined : calibration?.items[e.itemId];
  return known ?? itemLogit(e.difficulty, calibration?.labels);
}

/** How sharply an answered item separates learners: estimated from learners' answers where the calibration has it, else 1 (Rasch). */
export function discriminationOf(e: Pick<Evidence, "itemId">, calibration?: Calibration): number {
  return (e.itemId === undefined ? undefined : calibration?.discrimination?.[e.itemId]) ?? 1;
}

/**
 * An answer seen by the fit: credit y, item difficulty b, discrimination a (1 when absent), weight w,
 * guessing floor g, months before the last answer dt (<= 0).
 */
export type Observation = { y: number; b: number; a?: number; w: number; g: number; dt: number };
export type Ability = { mean: number; sd: number };

/**
 * MAP ability and its posterior spread, by Fisher scoring on the weighted
 * log-likelihood (the same as Newton's method where there is no guessing floor).
 */
export function fitAbility(observations: Observation[], priorMean: number, priorSd: number): Ability {
  let theta = priorMean;
  let hessian = -1 / priorSd ** 2;
  for (let i = 0; i < 50; i++) {
    let gradient = -(theta - priorMean) / priorSd ** 2;
    hessian = -1 / priorSd ** 2;
    for (const o of observations) {
      const { score, info } = scoreInfo(o, theta - o.b);
      gradient += score;
      hessian -= info;
    }
    const step = gradient / hessian;
    theta -= Math.max(-2, Math.min(2, step));
    if (Math.abs(step) < 1e-9) break;
  }
  return { mean: theta, sd: Math.sqrt(-1 / hessian) };
}

/** Score and information of one answer about the ability, at ability minus difficulty x (Fisher scoring; Newton's method where there is no floor). */
function scoreInfo(o: Observation, x: number): { score: number; info: number } {
  const a = o.a ?? 1;
  const s = logistic(a * x);
  if (o.g === 0) return { score: o.w * a * (o.y - s), info: o.w * a * a * s * (1 - s) };
  const p = o.g + (1 - o.g) * s;
  const slope = a * (1 - o.g) * s * (1 - s);
  return { score: (o.w * (o.y - p) * slope) / (p * (1 - p)), info: (o.w * slope * slope) / (p * (1 - p)) };
}

export type Trend = { ability: Ability; rate: number };

/**
 * A learner's overall ability at their last answer and their learning rate
 * (logits per 30 days), MAP with a Laplace approximation: ability(t) = ability + rate * dt.
 */
export function fitTrend(observations: Observation[], priorSd: number, trendSd: number, trendMean = 0): Trend {
  let theta = 0;
  let rate = trendMean;
  let cov = [priorSd ** 2, 0, trendSd ** 2];
  for (let it = 0; it < 50; it++) {
    let g1 = -theta / priorSd ** 2;
    let g2 = -(rate - trendMean) / trendSd ** 2;
    let h11 = 1 / priorSd ** 2;
    let h12 = 0;
    let h22 = 1 / trendSd ** 2;
    for (const o of observations) {
      const { score, info } = scoreInfo(o, theta + rate * o.dt - o.b);
      g1 += score;
      g2 += score * o.dt;
      h11 += info;
      h12 += info * o.dt;
      h22 += info * o.dt * o.dt;
    }
    const det = h11 * h22 - h12 * h12;
    cov = [h22 / det, -h12 / det, h11 / det];
    const d1 = cov[0]! * g1 + cov[1]! * g2;
    const d2 = cov[1]! * g1 + cov[2]! * g2;
    theta += Math.max(-2, Math.min(2, d1));
    rate += Math.max(-2, Math.min(2, d2));
    if (Math.abs(d1) + Math.abs(d2) < 1e-9) break;
  }
  return { ability: { mean: theta, sd: Math.sqrt(cov[0]!) }, rate };
}

/** Expected P(correct) on an average question, integrating over the ability's uncertainty (probit approximation). */
export function expectedCorrect(ability: Ability, b = 0, floor = 0): number {
  return floor + (1 - floor) * logistic((ability.mean - b) / Math.sqrt(1 + (Math.PI * ability.sd ** 2) / 8));
}

export type DomainReadiness = {
  code: string;
  name: string;
  weight: number;
  /** Age-weighted number of answers behind the estimate. */
  evidence: number;
  answers: number;
  enough: boolean;
  probability: number;
  low: number;
  high: number;
  ability: Ability;
};

export type Readiness = {
  domains: DomainReadiness[];
  overall: { probability: number; low: number; high: number; enough: boolean };
  answers: number;
  /** Mean guessing floor of the answers: the exam's items are taken to be alike. */
  floor: number;
  /** Days since the last answer. */
  idleDays: number;
  /** Mean and spread of the answered items' difficulties (logits): the exam's items are taken to be alike. */
  items: { mean: number; sd: number };
  /** Learning rate over the evidence (logits per 30 days). */
  rate: number;
  /** Share of credit above the guessing floor, over all answers and weighted toward recent ones (half-life RECENT_DAYS). */
  record: { correct: number; recent: number };
};

/** Half-life (days) of the recency-weighted share of credit a calibration may lean on. */
export const RECENT_DAYS = 14;

function recordOf(past: Evidence[], now: Date, floor: number): Readiness["record"] {
  const share = (halfLifeDays: number) => {
    let credit = 0;
    let weight = 0;
    for (const e of past) {
      const w = (e.count ?? 1) * 0.5 ** ((now.getTime() - e.at.getTime()) / 86_400_000 / halfLifeDays);
      credit += w * Math.max(0, Math.min(1, e.credit));
      weight += w;
    }
    return weight === 0 ? 0 : Math.max(0, (credit / weight - floor) / (1 - floor));
  };
  return { correct: share(Infinity), recent: share(RECENT_DAYS) };
}

export type EstimateOptions = Partial<ModelOptions> & { calibration?: Calibration };

/** A readiness without the overall interval, for readers that show none. */
export type ReadinessPoint = Omit<Readiness, "overall"> & { overall: Omit<Readiness["overall"], "low" | "high"> };

export function estimateReadiness(evidence: Evidence[], domains: DomainWeight[], now: Date, options: EstimateOptions = {}): Readiness {
  const point = estimateReadinessPoint(evidence, domains, now, options);
  const totalWeight = domains.reduce((s, d) => s + d.weight, 0) || 1;
  // The overall interval from draws of the domain abilities, which are uncertain independently.
  const draws = sampleOverall(point.domains, totalWeight, point.floor, 400, "overall");
  return { ...point, overall: { ...point.overall, low: quantile(draws, 0.025), high: quantile(draws, 0.975) } };
}

/**
 * The readiness as estimateReadiness gives it, less the overall interval: its
 * draws are about half the fit's time, and a cohort's report shows no such
 * interval.
 */
export function estimateReadinessPoint(evidence: Evidence[], domains: DomainWeight[], now: Date, options: EstimateOptions = {}): ReadinessPoint {
  const { calibration, ...rest } = options;
  const o: ModelOptions = { ...DEFAULT_OPTIONS, ...rest };
  const past = evidence.filter((e) => e.at <= now);
  const last = past.reduce((m, e) => Math.max(m, e.at.getTime()), -Infinity);
  const reference = past.length ? last : now.getTime();
  const observe = (e: Evidence): Observation => ({
    y: Math.max(0, Math.min(1, e.credit)),
    b: difficultyOf(e, calibration),
    a: discriminationOf(e, calibration),
    g: guessingFloor(e.choices),
    w: (e.count ?? 1) * 0.5 ** ((now.getTime() - e.at.getTime()) / 86_400_000 / o.halfLifeDays),
    dt: (e.at.getTime() - reference) / MONTH,
  });
  const answersIn = (list: Evidence[]) => list.reduce((s, e) => s + (e.count ?? 1), 0);
  const answers = answersIn(past);
  const floor = answers === 0 ? 0 : past.reduce((s, e) => s + (e.count ?? 1) * guessingFloor(e.choices), 0) / answers;
  const idleMonths = (now.getTime() - reference) / MONTH;
  const items = spreadOf(past.map(observe));
  const trend = fitTrend(past.map(observe), o.priorSd, o.trendSd, o.trendMean);
  // Domains share the learner's learning rate; their answers are moved to the last answer's time along it.
  const atLast = (ob: Observation): Observation => ({ ...ob, b: ob.b - trend.rate * ob.dt });
  // Without answers since, the ability today is as it was at the last answer, less sure the longer ago that was.
  const overall = trend.ability;
  // What was learned over the evidence's span fades once answers stop; what the learner knew before it stays.
  const first = past.reduce((m, e) => Math.min(m, e.at.getTime()), Infinity);
  const learned = past.length ? Math.max(0, trend.rate) * ((reference - first) / MONTH) : 0;
  const forgotten = learned * (1 - 0.5 ** ((idleMonths * 30) / o.forgetHalfLifeDays));
  const idle = (a: Ability): Ability => ({ mean: a.mean - forgotten, sd: Math.sqrt(a.sd ** 2 + o.idleVariance * idleMonths) });
  const results: DomainReadiness[] = domains.map((d) => {
    const own = past.filter((e) => e.domain === d.code);
    const mine = own.map(observe);
    // The prior carries the overall estimate's own uncertainty as well as the domain spread.
    const ability = idle(fitAbility(mine.map(atLast), overall.mean, Math.sqrt(o.domainSd ** 2 + overall.sd ** 2)));
    const weight = mine.reduce((s, m) => s + m.w, 0);
    return {
      code: d.code,
      name: d.name ?? d.code,
      weight: d.weight,
      evidence: weight,
      answers: answersIn(own),
      enough: weight >= o.minEvidence,
      probability: expectedCorrect(ability, 0, floor),
      low: floor + (1 - floor) * logistic(ability.mean - 1.96 * ability.sd),
      high: floor + (1 - floor) * logistic(ability.mean + 1.96 * ability.sd),
      ability,
    };
  });
  const totalWeight = domains.reduce((s, d) => s + d.weight, 0) || 1;
  const combine = (pick: (d: DomainReadiness) => number) => results.reduce((s, d) => s + (d.weight / totalWeight) * pick(d), 0);
  return {
    domains: results,
    overall: {
      probability: combine((d) => d.probability),
      enough: results.every((d) => d.enough || d.weight / totalWeight < 0.1),
    },
    answers,
    floor,
    idleDays: (idleMonths * MONTH) / 86_400_000,
    items,
    rate: trend.rate,
    record: recordOf(past, now, floor),
  };
}

function spreadOf(observations: Observation[]): { mean: number; sd: number } {
  const n = observations.reduce((s, o) => s + (o.w > 0 ? 1 : 0) * o.w, 0);
  if (n === 0) return { mean: 0, sd: 0 };
  const mean = observations.reduce((s, o) => s + o.w * o.b, 0) / n;
  return { mean, sd: Math.sqrt(observations.reduce((s, o) => s + o.w * (o.b - mean) ** 2, 0) / n) };
}

/** A standard normal draw (Box-Muller). */
export function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor(q * (sorted.length - 1))))]!;
}

function sampleOverall(domains: DomainReadiness[], totalWeight: number, floor: number, n: number, seed: string): number[] {
  const random = seededRandom(seed);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    out.push(domains.reduce((s, d) => s + (d.weight / totalWeight) * (floor + (1 - floor) * logistic(d.ability.mean + d.ability.sd * gaussian(random))), 0));
  }
  return out.sort((a, b) => a - b);
}

const DRAWS = 400;
const logit = (p: number) => {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
};

/**
 * The model's own probability of reaching the pass mark on a full exam whose
 * items are `examOffset` logits harder than the practice answered: over
 * draws of the domain abilities, the chance that a score of `questions` items
 * (split by blueprint weight) reaches `passingPercent`, with the binomial
 * spread of a real sitting (normal approximation, continuity-corrected).
 */
export function rawPassProbability(readiness: ReadinessPoint, exam: { questions: number; passingPercent: number }, examOffset = 0): number {
  const random = seededRandom("pass");
  const total = readiness.domains.reduce((s, d) => s + d.weight, 0) || 1;
  const cut = (exam.passingPercent / 100) * exam.questions;
  const floor = readiness.floor;
  // A fresh item's difficulty varies as the answered ones' did: averaging over it flattens the curve (probit approximation).
  const { sd: itemSd } = readiness.items;
  const itemMean = readiness.items.mean + examOffset;
  const spread = Math.sqrt(1 + (Math.PI * itemSd ** 2) / 8);
  let sum = 0;
  for (let i = 0; i < DRAWS; i++) {
    let mean = 0;
    let variance = 0;
    for (const d of readiness.domains) {
      const n = (d.weight / total) * exam.questions;
      const p = floor + (1 - floor) * logistic((d.ability.mean + d.ability.sd * gaussian(random) - itemMean) / spread);
      mean += n * p;
      variance += n * p * (1 - p);
    }
    sum += 1 - normalCdf((cut - 0.5 - mean) / Math.sqrt(Math.max(variance, 1e-9)));
  }
  return sum / DRAWS;
}

/** Probability of passing: the model's own, corrected by a calibration fitted on reported exam results when there is one. */
export function passProbability(readiness: ReadinessPoint, exam: { questions: number; passingPercent: number }, calibration?: Calibration): number {
  const raw = rawPassProbability(readiness, exam, calibration?.examOffset);
  if (!calibration) return raw;
  const { intercept, slope, idle = 0, weights = {} } = calibration.pass;
  const features = passFeatures(readiness, exam);
  const extra = Object.entries(weights).reduce((s, [name, w]) => s + w * (features[name as PassFeature] ?? 0), 0);
  return logistic(intercept + slope * passLogit(raw) + (idle * readiness.idleDays) / 30 + extra);
}

/** The model's pass probability as a calibration reads it: a logit held within +-8, where a sitting's binomial spread makes it meaningless. */
export const passLogit = (raw: number) => Math.max(-8, Math.min(8, logit(raw)));

const clampedLogit = (p: number) => logit(Math.min(0.98, Math.max(0.02, p)));

export const PASS_FEATURES = ["margin", "correct", "recent", "rate", "rateIdle", "answers", "sd"] as const;
export type PassFeature = (typeof PASS_FEATURES)[number];

/**
 * What a calibration weighs besides the model's own pass probability: the
 * model's expected exam score over the pass mark (logits, linear where the
 * probability saturates), the learner's share of credit above the guessing
 * floor (all answers and recent ones, logits), the learning rate alone and
 * times the months since the last answer, the amount of evidence and the
 * ability's uncertainty.
 */
export function passFeatures(readiness: ReadinessPoint, exam: { questions: number; passingPercent: number }): Record<PassFeature, number> {
  const total = readiness.domains.reduce((s, d) => s + d.weight, 0) || 1;
  const spread = Math.sqrt(1 + (Math.PI * readiness.items.sd ** 2) / 8);
  const ability = readiness.domains.reduce((s, d) => s + (d.weight / total) * d.ability.mean, 0);
  const sd = Math.sqrt(readiness.domains.reduce((s, d) => s + (d.weight / total) ** 2 * d.ability.sd ** 2, 0));
  const floor = readiness.floor;
  const cut = clampedLogit((exam.passingPercent / 100 - floor) / (1 - floor));
  return {
    margin: (ability - readiness.items.mean) / spread - cut,
    correct: clampedLogit(readiness.record.correct),
    recent: clampedLogit(readiness.record.recent),
    rate: readiness.rate,
    rateIdle: (readiness.rate * readiness.idleDays) / 30,
    answers: Math.log1p(readiness.answers),
    sd,
  };
}
