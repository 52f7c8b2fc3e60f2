// A simulated cohort to check the readiness model honestly: learners with
// known (and improving) abilities answer items of known difficulty, sit one
// short practice exam late on, then a full exam. The model's pass probability
// and a naive baseline (last practice score against the pass mark) are both
// scored against the full-exam outcomes with the Brier score.
import { seededRandom } from "@/lib/assessment/present";
import { estimateReadiness, gaussian as normal, itemLogit, logistic, passProbability, type DomainWeight, type Evidence } from "./model";

export type SimulationConfig = {
  learners: number;
  seed: string;
  days: number;
  domains: DomainWeight[];
  examQuestions: number;
  passingPercent: number;
  practiceExamQuestions: number;
};

export const PMP_SIMULATION: Omit<SimulationConfig, "learners" | "seed"> = {
  days: 60,
  domains: [
    { code: "people", weight: 0.33 },
    { code: "process", weight: 0.41 },
    { code: "business-environment", weight: 0.26 },
  ],
  examQuestions: 180,
  passingPercent: 65,
  practiceExamQuestions: 20,
};

export type SimulationResult = { learners: number; passRate: number; modelBrier: number; baselineBrier: number; constantBrier: number };

export function simulate(config: SimulationConfig): SimulationResult {
  const random = seededRandom(config.seed);
  const pickDomain = () => {
    let r = random();
    for (const d of config.domains) {
      r -= d.weight;
      if (r <= 0) return d.code;
    }
    return config.domains.at(-1)!.code;
  };
  const start = Date.UTC(2026, 0, 1);
  const day = (d: number) => new Date(start + d * 86_400_000);
  const outcomes: { model: number; baseline: number; passed: number }[] = [];

  for (let l = 0; l < config.learners; l++) {
    const base = 0.6 + 0.9 * normal(random);
    const offset = Object.fromEntries(config.domains.map((d) => [d.code, 0.5 * normal(random)]));
    const growth = random() * 0.025; // logits per day of study
    const ability = (domain: string, t: number) => base + offset[domain]! + growth * t;
    const answer = (domain: string, t: number): Evidence => {
      const difficulty = 1 + Math.floor(random() * 5);
      return { domain, difficulty, credit: random() < logistic(ability(domain, t) - itemLogit(difficulty)) ? 1 : 0, at: day(t) };
    };

    const evidence: Evidence[] = [];
    const studyDays = Math.floor(config.days * (0.3 + 0.7 * random()));
    for (let t = 0; t < config.days; t++) {
      if (t >= studyDays && random() < 0.7) continue;
      const count = Math.floor(random() * 9);
      for (let i = 0; i < count; i++) evidence.push(answer(pickDomain(), t));
    }
    const practiceDay = config.days - 1 - Math.floor(random() * 14);
    const practice = Array.from({ length: config.practiceExamQuestions }, () => answer(pickDomain(), practiceDay));
    evidence.push(...practice);
    const practiceScore = (100 * practice.reduce((s, e) => s + e.credit, 0)) / practice.length;

    let correct = 0;
    for (const d of config.domains) {
      const n = Math.round(d.weight * config.examQuestions);
      for (let i = 0; i < n; i++) correct += answer(d.code, config.days).credit;
    }
    const passed = (100 * correct) / config.examQuestions >= config.passingPercent ? 1 : 0;
    const readiness = estimateReadiness(evidence, config.domains, day(config.days));
    outcomes.push({
      model: passProbability(readiness, { questions: config.examQuestions, passingPercent: config.passingPercent }),
      baseline: practiceScore >= config.passingPercent ? 1 : 0,
      passed,
    });
  }
  const brier = (pick: (o: (typeof outcomes)[number]) => number) => outcomes.reduce((s, o) => s + (pick(o) - o.passed) ** 2, 0) / outcomes.length;
  const passRate = outcomes.reduce((s, o) => s + o.passed, 0) / outcomes.length;
  return { learners: outcomes.length, passRate, modelBrier: brier((o) => o.model), baselineBrier: brier((o) => o.baseline), constantBrier: brier(() => passRate) };
}
