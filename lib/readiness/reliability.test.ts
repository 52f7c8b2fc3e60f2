import { describe, expect, it } from "vitest";
import { reliabilityBins, reliabilityOf } from "./reliability";

describe("reliability bins", () => {
  it("puts each prediction in its tenth, with counts, mean prediction and observed rate", () => {
    const bins = reliabilityBins([
      { p: 0, y: 0 },
      { p: 0.05, y: 1 },
      { p: 0.1, y: 1 },
      { p: 0.19, y: 0 },
      { p: 0.95, y: 1 },
      { p: 1, y: 1 },
    ]);
    expect(bins).toHaveLength(10);
    expect(bins[0]).toMatchObject({ from: 0, to: 0.1, count: 2, observed: 0.5 });
    expect(bins[0]!.predicted).toBeCloseTo(0.025);
    expect(bins[1]).toMatchObject({ count: 2, observed: 0.5 });
    expect(bins[1]!.predicted).toBeCloseTo(0.145);
    // 1.0 belongs to the last bin, not an eleventh.
    expect(bins[9]).toMatchObject({ count: 2, observed: 1 });
    expect(bins[5]).toEqual({ from: 0.5, to: 0.6, count: 0, predicted: null, observed: null });
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(6);
  });

  it("gives Brier score and pass rate, and nothing for no results", () => {
    const r = reliabilityOf([
      { p: 0.8, y: 1 },
      { p: 0.4, y: 0 },
    ]);
    expect(r.brier).toBeCloseTo((0.04 + 0.16) / 2);
    expect(r.passRate).toBe(0.5);
    expect(reliabilityOf([])).toMatchObject({ count: 0, brier: null, ece: null, passRate: null });
  });
});
