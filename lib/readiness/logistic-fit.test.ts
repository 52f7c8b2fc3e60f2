import { describe, expect, it } from "vitest";
import { seededRandom } from "@/lib/assessment/present";
import { fitLogistic, predictLogistic } from "./logistic-fit";

describe("fitLogistic", () => {
  it("recovers the intercept and slope that generated the data", () => {
    const random = seededRandom("logistic");
    const x: number[] = [];
    const y: (0 | 1)[] = [];
    for (let i = 0; i < 4000; i++) {
      const v = 4 * random() - 2;
      x.push(v);
      y.push(random() < 1 / (1 + Math.exp(-(-0.5 + 1.5 * v))) ? 1 : 0);
    }
    const fit = fitLogistic(x, y);
    expect(fit.intercept).toBeCloseTo(-0.5, 0);
    expect(fit.slope).toBeCloseTo(1.5, 0);
    expect(predictLogistic(fit, 1 / 3)).toBeCloseTo(0.5, 1);
  });
});
