import { describe, expect, it } from "vitest";
import { bestBaselineBrier, PMP_SETTING, runWorld, WORLDS } from "./simulate";

// A fixed-seed, smaller run of the simulation family (npx tsx scripts/simulate-readiness.ts prints the full one).
const results = WORLDS.map((w) => runWorld(w, PMP_SETTING, { train: 500, test: 700 }, "kaizen-ci"));

type Target = "calibrated Brier" | "calibrated ECE" | "uncalibrated ECE";
// Issue 12's targets that the model misses in this run, asserted as they are and expected to fail: once
// the model meets one, its test fails until it is taken off this list. The calibrated Brier target is out of
// any forecaster's reach in the Rasch world: one that knows the true priors, items and growth law
// (`npx tsx scripts/readiness-bound.ts`) scores 0.0660 on the full run's test cohort (2,000 learners, seed
// "kaizen"), 4.2% below the best baseline's 0.0689.
const SHORTFALLS: Record<string, Target[]> = {
  rasch: ["calibrated Brier"],
  guessing: ["calibrated Brier"],
  discrimination: ["calibrated Brier"],
  labels: ["calibrated Brier"],
  forgetting: ["calibrated Brier"],
  // Without outcomes no forecaster can: its practice evidence is distributed as the Rasch world's, so its
  // mean forecast is the same in both, while the pass rates differ by 0.185 (71.3% and 52.8%), and ECE is at
  // least the gap between mean forecast and pass rate: one of the two worlds must miss 0.08.
  "harder-exam": ["calibrated Brier", "uncalibrated ECE"],
  all: ["calibrated Brier", "uncalibrated ECE"],
};

describe.each(results.map((r) => [r.world, r] as const))("readiness in the %s world", (world, r) => {
  const target = (name: Target) => (SHORTFALLS[world]?.includes(name) ? it.fails : it);

  it("has outcomes that are neither all passes nor all failures", () => {
    expect(r.passRate).toBeGreaterThan(0.2);
    expect(r.passRate).toBeLessThan(0.95);
  });

  target("calibrated Brier")("with a calibration fitted on a training cohort, has a Brier score at least 10% below the best baseline's", () => {
    expect(r.scores["model+calibration"].brier).toBeLessThanOrEqual(0.9 * bestBaselineBrier(r));
  });

  target("calibrated ECE")("with a calibration, has an expected calibration error of at most 0.05", () => {
    expect(r.scores["model+calibration"].ece).toBeLessThanOrEqual(0.05);
  });

  target("uncalibrated ECE")("without any outcome data, has an expected calibration error of at most 0.08", () => {
    expect(r.scores.model.ece).toBeLessThanOrEqual(0.08);
  });

  it("with a calibration, scores better than the model alone and than the best baseline", () => {
    expect(r.scores["model+calibration"].brier).toBeLessThan(r.scores.model.brier);
    expect(r.scores["model+calibration"].brier).toBeLessThan(bestBaselineBrier(r));
  });
});
