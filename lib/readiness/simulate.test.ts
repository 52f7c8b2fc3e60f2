import { describe, expect, it } from "vitest";
import { PMP_SIMULATION, simulate } from "./simulate";

describe("readiness simulation (fixed seed)", () => {
  it("predicts full-exam outcomes better than the last practice score does", () => {
    const result = simulate({ ...PMP_SIMULATION, learners: 300, seed: "kaizen-ci" });
    expect(result.passRate).toBeGreaterThan(0.2);
    expect(result.passRate).toBeLessThan(0.8);
    expect(result.modelBrier).toBeLessThan(result.baselineBrier);
    // And better than knowing only the cohort's pass rate.
    expect(result.modelBrier).toBeLessThan(result.constantBrier);
  });
});
