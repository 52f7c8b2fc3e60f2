// Weekly readiness over the last eight weeks, drawn on the server (see domain-chart.tsx
// for why no chart library runs here). Decorative: a sentence beside it says the same.
// Weeks without enough evidence have no point, and the line breaks there: the prior
// alone is not a reading.
type Point = { label: string; value: number | null };

const GRID = [0, 25, 50, 75, 100];

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
      <div className="flex h-32 pt-2">
        <div className="relative w-10 shrink-0">
          {GRID.map((v) => (
            <span key={v} className="absolute right-1.5 -translate-y-1/2 leading-none" style={{ top: `${100 - v}%` }}>
              {v}%
            </span>
          ))}
        </div>
        <div className="relative mr-4 flex-1 border-b border-l border-slate-400 dark:border-slate-500">
          {GRID.slice(1).map((v) => (
            <div key={v} className="absolute inset-x-0 border-t border-dashed border-slate-300 dark:border-slate-700" style={{ top: `${100 - v}%` }} />
          ))}
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
        </div>
      </div>
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
