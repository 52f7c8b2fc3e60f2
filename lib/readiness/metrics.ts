// Scores for probabilistic forecasts of a binary outcome, used to compare the
// readiness model against baselines in the simulation family.
export type Forecast = { p: number; y: 0 | 1 };

const EPS = 1e-6;

export function brier(forecasts: Forecast[]): number {
  return forecasts.reduce((s, f) => s + (f.p - f.y) ** 2, 0) / forecasts.length;
}

// Clipped so that a confident wrong forecast costs a lot rather than infinity.
export function logLoss(forecasts: Forecast[]): number {
  return (
    forecasts.reduce((s, f) => {
      const p = Math.min(1 - EPS, Math.max(EPS, f.p));
      return s - (f.y === 1 ? Math.log(p) : Math.log(1 - p));
    }, 0) / forecasts.length
  );
}

// Expected calibration error over equal-width bins of the predicted probability.
export function expectedCalibrationError(forecasts: Forecast[], bins = 10): number {
  const sums = Array.from({ length: bins }, () => ({ n: 0, p: 0, y: 0 }));
  for (const f of forecasts) {
    const b = sums[Math.min(bins - 1, Math.floor(f.p * bins))]!;
    b.n++;
    b.p += f.p;
    b.y += f.y;
  }
  return sums.reduce((s, b) => s + (b.n === 0 ? 0 : Math.abs(b.p - b.y)), 0) / forecasts.length;
}
