// Reliability of pass predictions against reported exam results: predictions
// grouped into ten equal bins of probability, each with its count, mean
// prediction and observed pass rate, for the admin's diagram and table.
import { brier, expectedCalibrationError, type Forecast } from "./metrics";

/** Reported results a target needs before a calibration is fitted on them. */
export const CALIBRATION_MIN_OUTCOMES = 30;

export type ReliabilityBin = {
  /** Lower and upper edge of the bin, 0..1. */
  from: number;
  to: number;
  count: number;
  /** Mean prediction and observed pass rate in the bin; null when it is empty. */
  predicted: number | null;
  observed: number | null;
};

export function reliabilityBins(forecasts: Forecast[], bins = 10): ReliabilityBin[] {
  const sums = Array.from({ length: bins }, () => ({ n: 0, p: 0, y: 0 }));
  for (const f of forecasts) {
    // A prediction of exactly 1 belongs to the top bin, as in expectedCalibrationError.
    const s = sums[Math.min(bins - 1, Math.max(0, Math.floor(f.p * bins)))]!;
    s.n += 1;
    s.p += f.p;
    s.y += f.y;
  }
  return sums.map((s, i) => ({
    from: i / bins,
    to: (i + 1) / bins,
    count: s.n,
    predicted: s.n ? s.p / s.n : null,
    observed: s.n ? s.y / s.n : null,
  }));
}

export type Reliability = { bins: ReliabilityBin[]; count: number; brier: number | null; ece: number | null; passRate: number | null };

export function reliabilityOf(forecasts: Forecast[]): Reliability {
  const n = forecasts.length;
  return {
    bins: reliabilityBins(forecasts),
    count: n,
    brier: n ? brier(forecasts) : null,
    ece: n ? expectedCalibrationError(forecasts) : null,
    passRate: n ? forecasts.reduce((s, f) => s + f.y, 0) / n : null,
  };
}
