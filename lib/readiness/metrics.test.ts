import { describe, expect, it } from "vitest";
import { brier, expectedCalibrationError, logLoss, type Forecast } from "./metrics";

describe("forecast metrics", () => {
  it("score a perfect forecast as zero", () => {
    const f: Forecast[] = [{ p: 1, y: 1 }, { p: 0, y: 0 }];
    expect(brier(f)).toBe(0);
    expect(logLoss(f)).toBeLessThan(1e-5);
    expect(expectedCalibrationError(f)).toBe(0);
  });

  it("score a coin flip as 0.25 Brier and ln 2 log loss", () => {
    const f: Forecast[] = [{ p: 0.5, y: 1 }, { p: 0.5, y: 0 }];
    expect(brier(f)).toBeCloseTo(0.25);
    expect(logLoss(f)).toBeCloseTo(Math.log(2));
    expect(expectedCalibrationError(f)).toBeCloseTo(0);
  });

  it("measure miscalibration per bin weighted by count", () => {
    const f: Forecast[] = [
      { p: 0.9, y: 0 }, { p: 0.9, y: 0 }, { p: 0.9, y: 1 }, { p: 0.9, y: 1 },
      { p: 0.15, y: 0 }, { p: 0.15, y: 0 }, { p: 0.15, y: 0 }, { p: 0.15, y: 0 },
    ];
    expect(expectedCalibrationError(f)).toBeCloseTo((4 * 0.4 + 4 * 0.15) / 8);
  });
});
