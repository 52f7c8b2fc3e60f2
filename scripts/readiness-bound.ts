// How well any forecaster could do in the Rasch world from the answers alone:
//   npx tsx scripts/readiness-bound.ts [--learners 2000]
// A near-Bayes-optimal forecaster that knows everything the simulation draws from
// (lib/readiness/simulate.ts): the priors of ability, domain offsets and learning rate,
// the true item difficulties and that ability grows linearly. It integrates over a grid of
// learning rate x base ability x domain ability, samples the posterior, and gives the
// chance to pass the exam at its date. It scores the same test cohort as the full run of
// `scripts/simulate-readiness.ts`, next to the best baseline fitted on its training cohort:
// issue 12's "calibrated Brier at least 10% below the best baseline" cannot be met where even
// this forecaster does not get there.
import { parseArgs } from "node:util";
import { errorFunction } from "simple-statistics";
import { seededRandom } from "../lib/assessment/present";
import { brier } from "../lib/readiness/metrics";
import { itemLogit, logistic } from "../lib/readiness/model";
import { bestBaselineBrier, LEARNER_PRIORS, makeBanks, PMP_SETTING, runWorld, simulateCohort, WORLDS } from "../lib/readiness/simulate";

const { values } = parseArgs({ options: { learners: { type: "string", default: "2000" } } });
const learners = Number(values.learners);
const SEED = "kaizen";
const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 1);
const world = WORLDS.find((w) => w.name === "rasch")!;
const setting = PMP_SETTING;
const test = simulateCohort(world, setting, learners, `${SEED}:test`, makeBanks(world, setting, `${SEED}:${world.name}`));

// The simulation's own priors (simulateCohort draws its learners from them).
const { baseMean, baseSd, domainSd, maxGrowth } = LEARNER_PRIORS;
const density = (x: number, mean: number, sd: number) => Math.exp(-0.5 * ((x - mean) / sd) ** 2);
const grid = (from: number, step: number, n: number) => Array.from({ length: n }, (_, i) => from + i * step);
const ABILITY = grid(-3, 0.05, 161);
const BASE = grid(-2, 0.06, 81);
const GROWTH = grid(maxGrowth / 52, maxGrowth / 26, 26);
const EXAM_ITEMS = [1, 2, 3, 4, 5].map((label) => itemLogit(label));
const examP = (ability: number) => EXAM_ITEMS.reduce((s, b) => s + logistic(ability - b), 0) / EXAM_ITEMS.length;
const normalCdf = (x: number) => 0.5 * (1 + errorFunction(x / Math.SQRT2));
const cut = Math.ceil((setting.passingPercent / 100) * setting.examQuestions - 1e-9);
const random = seededRandom("readiness-bound");
const draw = (weights: number[]) => {
  let r = random() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < weights.length; i++) if ((r -= weights[i]!) <= 0) return i;
  return weights.length - 1;
};

const forecasts = test.map((learner) => {
  const o = learner.outcome;
  const examDay = (o.examDate.getTime() - START) / DAY;
  // Per domain and learning rate, the likelihood of the domain's answers at each ability (at day 0).
  const likelihood = o.domains.map((d) => {
    const answers = o.evidence.filter((e) => e.domain === d.code).map((e) => ({ right: e.credit === 1, b: itemLogit(e.difficulty), day: (e.at.getTime() - START) / DAY }));
    return GROWTH.map((g) => {
      const log = ABILITY.map((a) => answers.reduce((s, e) => s + Math.log(e.right ? logistic(a + g * e.day - e.b) : 1 - logistic(a + g * e.day - e.b)), 0));
      const max = Math.max(...log);
      return { max, values: log.map((v) => Math.exp(v - max)) };
    });
  });
  // The posterior weight of each (learning rate, base ability), the domains' abilities integrated out.
  const logWeights = GROWTH.flatMap((_, gi) =>
    BASE.map((base) => {
      let lw = Math.log(density(base, baseMean, baseSd));
      for (const domain of likelihood) {
        const { max, values: lik } = domain[gi]!;
        lw += Math.log(ABILITY.reduce((z, a, k) => z + density(a, base, domainSd) * lik[k]!, 0)) + max;
      }
      return lw;
    }),
  );
  const top = Math.max(...logWeights);
  const weights = logWeights.map((v) => Math.exp(v - top));
  let pass = 0;
  const DRAWS = 400;
  for (let s = 0; s < DRAWS; s++) {
    const j = draw(weights);
    const gi = Math.floor(j / BASE.length);
    const base = BASE[j % BASE.length]!;
    let mean = 0;
    let variance = 0;
    o.domains.forEach((d, di) => {
      const { values: lik } = likelihood[di]![gi]!;
      const ability = ABILITY[draw(ABILITY.map((a, k) => density(a, base, domainSd) * lik[k]!))]! + 0.05 * (random() - 0.5) + GROWTH[gi]! * examDay;
      const n = Math.round(d.weight * setting.examQuestions);
      const p = examP(ability);
      mean += n * p;
      variance += n * p * (1 - p);
    });
    pass += 1 - normalCdf((cut - 0.5 - mean) / Math.sqrt(variance));
  }
  return { p: pass / DRAWS, y: o.passed ? (1 as const) : (0 as const) };
});

const best = bestBaselineBrier(runWorld(world, setting, { train: learners, test: learners }, SEED));
const ideal = brier(forecasts);
console.log(`Rasch world, ${learners} test learners (seed "${SEED}"): near-ideal forecaster Brier ${ideal.toFixed(4)}, best baseline ${best.toFixed(4)}: ${(100 * (1 - ideal / best)).toFixed(1)}% below it (the target asks 10%)`);
