import { describe, expect, it } from "vitest";
import { PMP_SETTING, runWorld, WORLDS } from "./simulate";

// A fixed-seed, smaller run of the simulation family (npx tsx scripts/simulate-readiness.ts prints the full one).
const results = WORLDS.map((w) => runWorld(w, PMP_SETTING, { train: 600, test: 800 }, "kaizen-ci"));

describe.each(results.map((r) => [r.world, r] as const))("readiness in the %s world", (_, r) => {
  it("has outcomes that are neither all passes nor all failures", () => {
    expect(r.passRate).toBeGreaterThan(0.2);
    expect(r.passRate).toBeLessThan(0.95);
  });

  it("is calibrated once fitted on a training cohort's results", () => {
    expect(r.scores["model+calibration"].ece).toBeLessThanOrEqual(0.05);
  });
});
