import { describe, expect, it } from "vitest";
import { seededRandom } from "@/lib/assessment/present";
import { fitCalibration, fitItemCalibration, type Outcome } from "./calibration";
import { estimateReadiness, passProbability, rawPassProbability, type Evidence } from "./model";

const domains = [{ code: "a", weight: 1 }];
const exam = { questions: 100, passingPercent: 60 };
const examDate = new Date("2026-06-01T00:00:00Z");

// Learners whose practice runs easier than the exam: the model alone is too hopeful, and the calibration learns by how much.
function outcomes(n: number, seed: string): Outcome[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => {
    const rate = 0.4 + 0.5 * random();
    const evidence: Evidence[] = Array.from({ length: 40 }, () => ({ domain: "a", credit: random() < rate ? 1 : 0, difficulty: 3, at: new Date(examDate.getTime() - 86_400_000) }));
    return { evidence, domains, examDate, exam, passed: rate > 0.7 };
  });
}

describe("fitCalibration", () => {
  it("is plain JSON and rests on the outcomes it was given", () => {
    const calibration = fitCalibration(outcomes(200, "json"));
    expect(JSON.parse(JSON.stringify(calibration))).toEqual(calibration);
    expect(calibration.outcomes).toBe(200);
  });

  it("corrects a model that is too hopeful about a harder exam", () => {
    const training = outcomes(600, "train");
    const calibration = fitCalibration(training);
    const test = outcomes(600, "test");
    const rate = test.reduce((s, o) => s + (o.passed ? 1 : 0), 0) / test.length;
    const mean = (f: (o: Outcome) => number) => test.reduce((s, o) => s + f(o), 0) / test.length;
    const raw = mean((o) => rawPassProbability(estimateReadiness(o.evidence, o.domains, o.examDate), o.exam));
    const calibrated = mean((o) => passProbability(estimateReadiness(o.evidence, o.domains, o.examDate, { calibration }), o.exam, calibration));
    expect(raw - rate).toBeGreaterThan(0.1);
    expect(Math.abs(calibrated - rate)).toBeLessThan(0.05);
  });
});

describe("fitCalibration's item difficulties", () => {
  it("learns items' difficulties and the labels' scale from learners' answers, with labels that mislead", () => {
    const random = seededRandom("items");
    // Label 3 for every item, though half are much harder than the other half.
    const truth = Array.from({ length: 40 }, (_, i) => ({ id: `q${i}`, b: i % 2 === 0 ? -1 : 1 }));
    const learners: Outcome[] = Array.from({ length: 400 }, () => {
      const theta = 1.2 * (random() * 2 - 1);
      const evidence: Evidence[] = truth.map((q) => ({ domain: "a", itemId: q.id, difficulty: 3, credit: random() < 1 / (1 + Math.exp(-(theta - q.b))) ? 1 : 0, at: new Date(examDate.getTime() - 86_400_000) }));
      return { evidence, domains, examDate, exam, passed: theta > 0 };
    });
    const calibration = fitCalibration(learners);
    const hard = truth.filter((q) => q.b > 0).map((q) => calibration.items[q.id]!);
    const easy = truth.filter((q) => q.b < 0).map((q) => calibration.items[q.id]!);
    expect(Math.min(...hard)).toBeGreaterThan(Math.max(...easy));
    expect(hard.reduce((s, b) => s + b, 0) / hard.length - easy.reduce((s, b) => s + b, 0) / easy.length).toBeGreaterThan(1.2);
  });
});

describe("fitCalibration's item discriminations", () => {
  const learnersOn = (truth: { id: string; b: number; a: number }[], seed: string): Outcome[] => {
    const random = seededRandom(seed);
    return Array.from({ length: 400 }, () => {
      const theta = 1.5 * (random() * 2 - 1);
      const evidence: Evidence[] = truth.map((q) => ({ domain: "a", itemId: q.id, difficulty: 3, credit: random() < 1 / (1 + Math.exp(-q.a * (theta - q.b))) ? 1 : 0, at: new Date(examDate.getTime() - 86_400_000) }));
      return { evidence, domains, examDate, exam, passed: theta > 0 };
    });
  };

  it("tells items that separate learners sharply from items that barely do", () => {
    const truth = Array.from({ length: 40 }, (_, i) => ({ id: `q${i}`, b: 0, a: i % 2 === 0 ? 2.5 : 0.5 }));
    const calibration = fitCalibration(learnersOn(truth, "sharp"));
    const sharp = truth.filter((q) => q.a > 1).map((q) => calibration.discrimination![q.id]!);
    const blunt = truth.filter((q) => q.a < 1).map((q) => calibration.discrimination![q.id]!);
    expect(Math.min(...sharp)).toBeGreaterThan(Math.max(...blunt));
  });

  it("keeps items alike where they discriminate alike, rather than reading noise as discrimination", () => {
    const truth = Array.from({ length: 40 }, (_, i) => ({ id: `q${i}`, b: (i % 5) - 2, a: 1 }));
    const calibration = fitCalibration(learnersOn(truth, "alike"));
    for (const q of truth) expect(Math.abs(Math.log(calibration.discrimination![q.id]!))).toBeLessThan(0.15);
  });
});

describe("fitItemCalibration", () => {
  it("judges each answer by the learner's ability when it was given, so that learners who grow do not make items look harder", () => {
    const random = seededRandom("growth");
    const start = examDate.getTime() - 60 * 86_400_000;
    const truth = Array.from({ length: 30 }, (_, i) => ({ id: `q${i}`, b: (i % 5) - 2, label: 1 + (i % 5) }));
    const records = Array.from({ length: 300 }, () => {
      const theta = random() * 2 - 1;
      const growth = 0.025 * random();
      const evidence: Evidence[] = Array.from({ length: 120 }, () => {
        const q = truth[Math.floor(random() * truth.length)]!;
        const t = Math.floor(random() * 60);
        return { domain: "a", itemId: q.id, difficulty: q.label, credit: random() < 1 / (1 + Math.exp(-(theta + growth * t - q.b))) ? 1 : 0, at: new Date(start + t * 86_400_000) };
      });
      return { evidence, domains, at: examDate };
    });
    const calibration = fitItemCalibration(records);
    const bias = truth.reduce((s, q) => s + calibration.items[q.id]! - q.b, 0) / truth.length;
    expect(Math.abs(bias)).toBeLessThan(0.15);
    expect(calibration.pass).toEqual({ intercept: 0, slope: 1 });
  });
});
