import { describe, expect, it } from "vitest";
import { seededRandom } from "@/lib/assessment/present";
import { fitLogistic, fitLogisticMany, predictLogistic } from "./logistic-fit";

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

describe("fitLogisticMany", () => {
  it("recovers the weights of two features", () => {
    const random = seededRandom("logistic-many");
    const x: number[][] = [];
    const y: (0 | 1)[] = [];
    for (let i = 0; i < 6000; i++) {
      const row = [4 * random() - 2, 2 * random()];
      x.push(row);
      y.push(random() < 1 / (1 + Math.exp(-(0.3 + 1.2 * row[0]! - 0.8 * row[1]!))) ? 1 : 0);
    }
    const [a, b, c] = fitLogisticMany(x, y);
    expect(a).toBeCloseTo(0.3, 0);
    expect(b).toBeCloseTo(1.2, 0);
    expect(c).toBeCloseTo(-0.8, 0);
  });
});
