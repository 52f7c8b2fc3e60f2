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

/** Logistic regression on several features (weights[0] is the intercept), Newton's method with the same small ridge. */
export function fitLogisticMany(x: number[][], y: (0 | 1)[], iterations = 50, ridge = 1e-3): number[] {
  const k = (x[0]?.length ?? 0) + 1;
  const beta = new Array<number>(k).fill(0);
  for (let it = 0; it < iterations; it++) {
    const g = beta.map((b) => ridge * b);
    const h = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => (i === j ? ridge : 0)));
    for (let n = 0; n < x.length; n++) {
      const row = [1, ...x[n]!];
      const p = sigmoid(row.reduce((s, v, i) => s + v * beta[i]!, 0));
      const w = p * (1 - p);
      for (let i = 0; i < k; i++) {
        g[i]! += (p - y[n]!) * row[i]!;
        for (let j = 0; j < k; j++) h[i]![j]! += w * row[i]! * row[j]!;
      }
    }
    const step = solve(h, g);
    let size = 0;
    for (let i = 0; i < k; i++) {
      beta[i]! -= step[i]!;
      size += Math.abs(step[i]!);
    }
    if (size < 1e-9) break;
  }
  return beta;
}

/** Solves a x = b for a small symmetric positive definite a (Gaussian elimination with partial pivoting). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      for (let j = c; j <= n; j++) m[r]![j]! -= f * m[c]![j]!;
    }
  }
  const out = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let v = m[r]![n]!;
    for (let j = r + 1; j < n; j++) v -= m[r]![j]! * out[j]!;
    out[r] = v / m[r]![r]!;
  }
  return out;
}
