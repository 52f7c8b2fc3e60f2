// Weekly readiness over the last eight weeks, drawn on the server (see domain-chart.tsx
// for why no chart library runs here). Decorative: a sentence beside it says the same.
// Weeks without enough evidence have no point, and the line breaks there: the prior
// alone is not a reading.
import { PercentPlot } from "./percent-plot";

type Point = { label: string; value: number | null };

/** The line's runs of consecutive known points, in the 0-100 box of the plot. */
function segments(points: Point[]): string[] {
  const x = (i: number) => (points.length > 1 ? (i / (points.length - 1)) * 100 : 50);
  const runs: string[][] = [];
  let run: string[] = [];
  points.forEach((p, i) => {
    if (p.value === null) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push(`${x(i)},${100 - p.value}`);
  });
  if (run.length) runs.push(run);
  return runs.map((r) => r.join(" "));
}

export function TrendChart({ points }: { points: Point[] }) {
  const left = (i: number) => `${points.length > 1 ? (i / (points.length - 1)) * 100 : 50}%`;
  return (
    <div aria-hidden="true" className="h-40 w-full text-[11px] text-slate-600 dark:text-slate-400">
      <PercentPlot height="h-32" plotClassName="mr-4">
        <svg className="absolute inset-0 size-full overflow-visible text-brand-600 dark:text-emerald-400" viewBox="0 0 100 100" preserveAspectRatio="none">
          {segments(points).map((line, i) => (
            <polyline key={i} points={line} fill="none" stroke="currentColor" strokeWidth={2} vectorEffect="non-scaling-stroke" strokeLinejoin="round" />
          ))}
        </svg>
        {points.map((p, i) =>
          p.value === null ? null : (
            <span
              key={i}
              className="absolute size-2 -translate-x-1/2 translate-y-1/2 rounded-full border-2 border-brand-600 bg-white dark:border-emerald-400 dark:bg-slate-900"
              style={{ left: left(i), bottom: `${p.value}%` }}
            />
          ),
        )}
      </PercentPlot>
      <div className="relative ml-10 mr-4 h-4">
        {points.map((p, i) => (
          // Every other date on a phone, where eight do not fit, counting back from now.
          <span key={i} className={`absolute top-1 -translate-x-1/2 whitespace-nowrap ${(points.length - 1 - i) % 2 === 1 ? "max-sm:hidden" : ""}`} style={{ left: left(i) }}>
            {p.label}
          </span>
        ))}
      </div>
    </div>
  );
}
