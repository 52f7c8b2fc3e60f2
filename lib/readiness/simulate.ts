// A family of simulated worlds to check the readiness model honestly. Only the
// first world draws answers from the model's own assumptions (Rasch, labels
// that are the true difficulty); the others differ the way real exams do:
// four-option items that can be guessed, items that discriminate more or less,
// authors' difficulty labels that are noisy and on another scale, learners who
// forget when they stop studying, and a real exam harder than the practice bank.
// Each world has a training cohort (used only by fitCalibration and the
// baselines' fits) and a separate test cohort on which everything is scored.
import { errorFunction } from "simple-statistics";
import { seededRandom } from "@/lib/assessment/present";
import { fitCalibration, type Outcome } from "./calibration";
import { fitLogistic, predictLogistic } from "./logistic-fit";
import { brier, expectedCalibrationError, logLoss, type Forecast } from "./metrics";
import { estimateReadiness, gaussian as normal, itemLogit, logistic, passProbability, type DomainWeight, type Evidence, type ModelOptions } from "./model";

export type World = {
  name: string;
  description: string;
  /** Four-option items: a right answer by chance one time in four. */
  guessing: boolean;
  /** Spread of log discrimination (0: every item discriminates alike, as Rasch assumes). */
  discrimination: number;
  /** Labels that are the true difficulty (as the model assumes) or noisy and on another scale. */
  noisyLabels: boolean;
  /** Knowledge gained by study fades when a learner stops, and exams come some weeks after study ends. */
  forgetting: boolean;
  /** How much harder (logits) the real exam's items are than the practice bank's. */
  examShift: number;
};

const RASCH: World = { name: "rasch", description: "the model's own assumptions", guessing: false, discrimination: 0, noisyLabels: false, forgetting: false, examShift: 0 };

export const WORLDS: World[] = [
  RASCH,
  { ...RASCH, name: "guessing", description: "four-option items, guessed one time in four", guessing: true },
  { ...RASCH, name: "discrimination", description: "item discrimination varies (log-sd 0.5)", discrimination: 0.5 },
  { ...RASCH, name: "labels", description: "difficulty labels noisy and on another scale", noisyLabels: true },
  { ...RASCH, name: "forgetting", description: "learning while studying, forgetting after; exam 0-30 days after study", forgetting: true },
  { ...RASCH, name: "harder-exam", description: "real exam 0.5 logits harder than practice", examShift: 0.5 },
  { name: "all", description: "all of the above together", guessing: true, discrimination: 0.5, noisyLabels: true, forgetting: true, examShift: 0.5 },
];

export type Setting = {
  days: number;
  domains: DomainWeight[];
  examQuestions: number;
  passingPercent: number;
  practiceExamQuestions: number;
  itemsPerDomain: number;
};

export const PMP_SETTING: Setting = {
  days: 60,
  domains: [
    { code: "people", weight: 0.33 },
    { code: "process", weight: 0.41 },
    { code: "business-environment", weight: 0.26 },
  ],
  examQuestions: 180,
  passingPercent: 65,
  practiceExamQuestions: 20,
  itemsPerDomain: 150,
};

type Item = { id: string; domain: string; b: number; a: number; label: number; choices?: number };

/**
 * How simulated learners differ: base ability ~ N(baseMean, baseSd) logits, each domain
 * offset from it ~ N(0, domainSd), learning rate ~ U(0, maxGrowth) logits per day.
 */
export const LEARNER_PRIORS = { baseMean: 0.6, baseSd: 0.9, domainSd: 0.5, maxGrowth: 0.025 };

/** A simulated learner's record: what the platform would know, and what only the simulation knows. */
export type Learner = { outcome: Outcome; practiceScore: number; truePass: number };

const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 1);
const day = (d: number) => new Date(START + d * DAY);
const normalCdf = (x: number) => 0.5 * (1 + errorFunction(x / Math.SQRT2));
const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x));

function makeItem(world: World, domain: string, id: string, random: () => number, shift = 0): Item {
  let b: number;
  let label: number;
  if (world.noisyLabels) {
    // True difficulties centred above average and twice as spread as the labels claim, labels off by about one step.
    b = 0.3 + 1.1 * normal(random);
    label = clamp(Math.round(3 + b / 1.1 + 0.8 * normal(random)), 1, 5);
  } else {
    label = 1 + Math.floor(random() * 5);
    b = itemLogit(label);
  }
  return { id, domain, b: b + shift, a: Math.exp(world.discrimination * normal(random)), label, ...(world.guessing ? { choices: 4 } : {}) };
}

/** The bank learners practise on, and the real exam's unseen items, of one world (the same for its training and test cohorts). */
export function makeBanks(world: World, setting: Setting, seed: string) {
  const random = seededRandom(`${seed}:items`);
  const bank = setting.domains.flatMap((d) => Array.from({ length: setting.itemsPerDomain }, (_, i) => makeItem(world, d.code, `${d.code}-${i}`, random)));
  const exam = setting.domains.flatMap((d) => Array.from({ length: setting.itemsPerDomain }, (_, i) => makeItem(world, d.code, `exam-${d.code}-${i}`, random, world.examShift)));
  return { bank, exam };
}

export function simulateCohort(world: World, setting: Setting, learners: number, seed: string, banks = makeBanks(world, setting, seed)): Learner[] {
  const random = seededRandom(`${seed}:${world.name}:learners`);
  const byDomain = (items: Item[]) => new Map(setting.domains.map((d) => [d.code, items.filter((i) => i.domain === d.code)]));
  const bank = byDomain(banks.bank);
  const examItems = byDomain(banks.exam);
  const pickDomain = () => {
    let r = random();
    for (const d of setting.domains) {
      r -= d.weight;
      if (r <= 0) return d.code;
    }
    return setting.domains.at(-1)!.code;
  };
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const correct = (theta: number, item: Item) => {
    const floor = item.choices ? 1 / item.choices : 0;
    return random() < floor + (1 - floor) * logistic(item.a * (theta - item.b)) ? 1 : 0;
  };

  const out: Learner[] = [];
  for (let l = 0; l < learners; l++) {
    const base = LEARNER_PRIORS.baseMean + LEARNER_PRIORS.baseSd * normal(random);
    const offset = Object.fromEntries(setting.domains.map((d) => [d.code, LEARNER_PRIORS.domainSd * normal(random)]));
    const growth = random() * LEARNER_PRIORS.maxGrowth; // logits per day (per study day where learners forget)
    const halfLife = 10 + 30 * random(); // days over which unrefreshed gains halve, where learners forget
    const studyDays = Math.floor(setting.days * (0.3 + 0.7 * random()));
    const studying = Array.from({ length: setting.days }, (_, t) => t < studyDays || random() >= 0.7);
    const examDay = world.forgetting ? setting.days + Math.floor(random() * 31) : setting.days;
    // Knowledge gained by day t: steady growth, or gains on study days that fade between them.
    const gained: number[] = [0];
    for (let t = 1; t <= examDay; t++) {
      const prev = gained[t - 1]!;
      gained.push(world.forgetting ? prev * 0.5 ** (1 / halfLife) + (studying[t - 1] ? growth * 1.6 : 0) : growth * t);
    }
    const ability = (domain: string, t: number) => base + offset[domain]! + gained[t]!;
    const answer = (item: Item, t: number): Evidence => ({
      domain: item.domain,
      difficulty: item.label,
      credit: correct(ability(item.domain, t), item),
      at: day(t),
      itemId: item.id,
      ...(item.choices ? { choices: item.choices } : {}),
    });

    const evidence: Evidence[] = [];
    for (let t = 0; t < setting.days; t++) {
      if (!studying[t]) continue;
      const count = Math.floor(random() * 9);
      for (let i = 0; i < count; i++) evidence.push(answer(pick(bank.get(pickDomain())!), t));
    }
    const lastStudy = studying.lastIndexOf(true);
    const practiceDay = Math.max(0, lastStudy - Math.floor(random() * 14));
    const practice = Array.from({ length: setting.practiceExamQuestions }, () => answer(pick(bank.get(pickDomain())!), practiceDay));
    evidence.push(...practice);

    let score = 0;
    let mean = 0;
    let variance = 0;
    for (const d of setting.domains) {
      const n = Math.round(d.weight * setting.examQuestions);
      for (let i = 0; i < n; i++) score += correct(ability(d.code, examDay), pick(examItems.get(d.code)!));
      const pool = examItems.get(d.code)!;
      const p = pool.reduce((s, item) => s + (item.choices ? 1 / item.choices : 0) + (1 - (item.choices ? 1 / item.choices : 0)) * logistic(item.a * (ability(d.code, examDay) - item.b)), 0) / pool.length;
      mean += n * p;
      variance += n * p * (1 - p);
    }
    const cut = Math.ceil((setting.passingPercent / 100) * setting.examQuestions - 1e-9);
    out.push({
      outcome: {
        evidence,
        domains: setting.domains,
        examDate: day(examDay),
        exam: { questions: setting.examQuestions, passingPercent: setting.passingPercent },
        passed: (100 * score) / setting.examQuestions >= setting.passingPercent,
      },
      practiceScore: (100 * practice.reduce((s, e) => s + e.credit, 0)) / practice.length,
      truePass: 1 - normalCdf((cut - 0.5 - mean) / Math.sqrt(Math.max(variance, 1e-9))),
    });
  }
  return out;
}

/** Share of credit, each answer weighted by 0.5^(age / halfLife) at the exam date (no decay without a half-life). */
export function percentCorrect(o: Outcome, halfLifeDays = Infinity): number {
  let credit = 0;
  let weight = 0;
  for (const e of o.evidence) {
    if (e.at > o.examDate) continue;
    const w = (e.count ?? 1) * 0.5 ** ((o.examDate.getTime() - e.at.getTime()) / DAY / halfLifeDays);
    credit += w * e.credit;
    weight += w;
  }
  return weight === 0 ? 0 : credit / weight;
}

export const FORECASTERS = ["model", "model+calibration", "logistic(% correct)", "logistic(recent % correct)", "last practice >= pass", "oracle"] as const;
export type Forecaster = (typeof FORECASTERS)[number];
export type Scores = { brier: number; logLoss: number; ece: number };
export type WorldResult = { world: string; description: string; passRate: number; train: number; test: number; scores: Record<Forecaster, Scores> };

/** Half-life (days) of the recency-weighted baseline; fixed in advance, not tuned. */
export const RECENT_HALF_LIFE = 14;

export function runWorld(world: World, setting: Setting, sizes: { train: number; test: number }, seed: string, options: Partial<ModelOptions> = {}): WorldResult {
  const banks = makeBanks(world, setting, `${seed}:${world.name}`);
  const train = simulateCohort(world, setting, sizes.train, `${seed}:train`, banks);
  const test = simulateCohort(world, setting, sizes.test, `${seed}:test`, banks);
  const y = (l: Learner): 0 | 1 => (l.outcome.passed ? 1 : 0);
  const calibration = fitCalibration(
    train.map((l) => l.outcome),
    options,
  );
  const overall = fitLogistic(train.map((l) => percentCorrect(l.outcome)), train.map(y));
  const recent = fitLogistic(train.map((l) => percentCorrect(l.outcome, RECENT_HALF_LIFE)), train.map(y));
  const forecasts = Object.fromEntries(FORECASTERS.map((f) => [f, [] as Forecast[]])) as Record<Forecaster, Forecast[]>;
  for (const l of test) {
    const o = l.outcome;
    const add = (f: Forecaster, p: number) => forecasts[f].push({ p, y: y(l) });
    add("model", passProbability(estimateReadiness(o.evidence, o.domains, o.examDate, options), o.exam));
    add("model+calibration", passProbability(estimateReadiness(o.evidence, o.domains, o.examDate, { ...options, calibration }), o.exam, calibration));
    add("logistic(% correct)", predictLogistic(overall, percentCorrect(o)));
    add("logistic(recent % correct)", predictLogistic(recent, percentCorrect(o, RECENT_HALF_LIFE)));
    add("last practice >= pass", l.practiceScore >= o.exam.passingPercent ? 1 : 0);
    // Knows each learner's true ability on exam day: the floor that no forecaster from answers can beat.
    add("oracle", l.truePass);
  }
  const scores = Object.fromEntries(
    FORECASTERS.map((f) => [f, { brier: brier(forecasts[f]), logLoss: logLoss(forecasts[f]), ece: expectedCalibrationError(forecasts[f], 10) }]),
  ) as Record<Forecaster, Scores>;
  return { world: world.name, description: world.description, passRate: test.filter((l) => l.outcome.passed).length / test.length, train: train.length, test: test.length, scores };
}

export const BASELINES: Forecaster[] = ["logistic(% correct)", "logistic(recent % correct)", "last practice >= pass"];
export const bestBaselineBrier = (r: WorldResult) => Math.min(...BASELINES.map((b) => r.scores[b].brier));
