// One-feature logistic regression fitted by Newton's method; the baselines of
// the simulation family and a Platt-style calibration both need it.
export type LogisticFit = { intercept: number; slope: number };

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

// The small ridge keeps the fit finite when the classes separate perfectly.
export function fitLogistic(x: number[], y: (0 | 1)[], iterations = 50, ridge = 1e-3): LogisticFit {
  let a = 0;
  let b = 0;
  for (let it = 0; it < iterations; it++) {
    let ga = 0, gb = 0, haa = ridge, hab = 0, hbb = ridge;
    for (let i = 0; i < x.length; i++) {
      const p = sigmoid(a + b * x[i]!);
      const r = p - y[i]!;
      const w = p * (1 - p);
      ga += r;
      gb += r * x[i]!;
      haa += w;
      hab += w * x[i]!;
      hbb += w * x[i]! * x[i]!;
    }
    ga += ridge * a;
    gb += ridge * b;
    const det = haa * hbb - hab * hab;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  return { intercept: a, slope: b };
}

export const predictLogistic = (fit: LogisticFit, x: number) => sigmoid(fit.intercept + fit.slope * x);
