// Six Sigma calculations as the Green Belt lessons teach them. Pure functions;
// the lessons' worked examples are recomputed from these in the unit tests.
import { probit } from "simple-statistics";

// Control chart constants by subgroup size n = 2..10.
const A2 = [1.88, 1.023, 0.729, 0.577, 0.483, 0.419, 0.373, 0.337, 0.308];
const D3 = [0, 0, 0, 0, 0, 0.076, 0.136, 0.184, 0.223];
const D4 = [3.267, 2.574, 2.282, 2.114, 2.004, 1.924, 1.864, 1.816, 1.777];

function constant(table: number[], n: number): number {
  const value = table[n - 2];
  if (value === undefined) throw new RangeError(`no control chart constant for subgroup size ${n}`);
  return value;
}

export const cp = (usl: number, lsl: number, sigma: number) => (usl - lsl) / (6 * sigma);
export const cpu = (usl: number, mean: number, sigma: number) => (usl - mean) / (3 * sigma);
export const cpl = (lsl: number, mean: number, sigma: number) => (mean - lsl) / (3 * sigma);
export const cpk = (usl: number, lsl: number, mean: number, sigma: number) => Math.min(cpu(usl, mean, sigma), cpl(lsl, mean, sigma));

export const dpu = (defects: number, units: number) => defects / units;
export const dpo = (defects: number, units: number, opportunities: number) => defects / (units * opportunities);
export const dpmo = (defects: number, units: number, opportunities: number) => 1e6 * dpo(defects, units, opportunities);
/** Short-term sigma level: the normal quantile of the yield, plus the conventional 1.5 shift. */
export const sigmaLevel = (defectsPerMillion: number) => probit(1 - defectsPerMillion / 1e6) + 1.5;
export const processYield = (defects: number, units: number) => 1 - defects / units;
export const rolledThroughputYield = (yields: number[]) => yields.reduce((p, y) => p * y, 1);

export const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;
export function sampleStdev(values: number[]): number {
  const m = mean(values);
  return Math.sqrt(values.reduce((s, v) => s + (v - m) ** 2, 0) / (values.length - 1));
}
export const range = (values: number[]) => Math.max(...values) - Math.min(...values);
export const zScore = (x: number, m: number, sigma: number) => (x - m) / sigma;

export const xbarLimits = (xbarbar: number, rbar: number, n: number) => {
  const a2 = constant(A2, n);
  return { ucl: xbarbar + a2 * rbar, lcl: xbarbar - a2 * rbar };
};
export const rLimits = (rbar: number, n: number) => ({ ucl: constant(D4, n) * rbar, lcl: constant(D3, n) * rbar });
export const imrLimits = (xbar: number, mrbar: number) => ({ ucl: xbar + 2.66 * mrbar, lcl: xbar - 2.66 * mrbar, mrUcl: 3.267 * mrbar });
export function pLimits(pbar: number, n: number) {
  const spread = 3 * Math.sqrt((pbar * (1 - pbar)) / n);
  return { ucl: pbar + spread, lcl: Math.max(0, pbar - spread) };
}
export const cLimits = (cbar: number) => ({ ucl: cbar + 3 * Math.sqrt(cbar), lcl: Math.max(0, cbar - 3 * Math.sqrt(cbar)) });
export const oneSampleT = (m: number, mu0: number, s: number, n: number) => (m - mu0) / (s / Math.sqrt(n));
export const grrPercentStudyVariation = (sigmaGrr: number, sigmaTotal: number) => (100 * sigmaGrr) / sigmaTotal;
export const taktTime = (availableMinutes: number, demand: number) => availableMinutes / demand;

/** Round half away from zero, as the lessons print figures. */
export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * f + Number.EPSILON * f)) / f;
}
