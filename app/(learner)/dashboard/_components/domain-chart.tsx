// Readiness per domain (with its interval) beside the domain's share of the exam, drawn
// on the server in HTML: no script, so nothing to load or run in the browser (recharts
// here cost one long task of 100-300 ms per chart, and Lighthouse's performance score
// fell to 71-88). Decorative: the table beside it carries the numbers.
type Row = { name: string; share: number; readiness: number | null; low: number; high: number };

const GRID = [0, 25, 50, 75, 100];
const percent = (share: number) => `${Math.round(Math.max(0, Math.min(1, share)) * 1000) / 10}%`;

export function DomainChart({ rows }: { rows: Row[] }) {
  return (
    <div aria-hidden="true" className="h-56 w-full text-[11px] text-slate-600 dark:text-slate-400">
      <div className="flex h-40 pt-2">
        <div className="relative w-10 shrink-0">
          {GRID.map((v) => (
            <span key={v} className="absolute right-1.5 -translate-y-1/2 leading-none" style={{ top: `${100 - v}%` }}>
              {v}%
            </span>
          ))}
        </div>
        <div className="relative flex-1 border-b border-l border-slate-400 dark:border-slate-500">
          {GRID.slice(1).map((v) => (
            <div key={v} className="absolute inset-x-0 border-t border-dashed border-slate-300 dark:border-slate-700" style={{ top: `${100 - v}%` }} />
          ))}
          <div className="absolute inset-0 flex justify-around">
            {rows.map((r) => (
              <div key={r.name} className="relative flex h-full items-end gap-1">
                <div className="w-5 bg-brand-600 sm:w-7 dark:bg-emerald-400" style={{ height: percent(r.readiness ?? 0) }} />
                <div className="w-5 bg-slate-400 sm:w-7 dark:bg-slate-500" style={{ height: percent(r.share) }} />
                {r.readiness !== null && (
                  <div className="absolute left-0 w-5 sm:w-7" style={{ bottom: percent(r.low), height: `calc(${percent(r.high)} - ${percent(r.low)})` }}>
                    <div className="absolute inset-y-0 left-1/2 w-px bg-slate-900 dark:bg-slate-100" />
                    <div className="absolute left-1/4 top-0 h-px w-1/2 bg-slate-900 dark:bg-slate-100" />
                    <div className="absolute bottom-0 left-1/4 h-px w-1/2 bg-slate-900 dark:bg-slate-100" />
                  </div>
                )}
              </div>
            ))}
          </div>
        </div>
      </div>
      <div className="ml-10 flex justify-around pt-1">
        {rows.map((r) => (
          <span key={r.name} className="w-0 flex-1 px-1 text-center leading-tight">
            {r.name}
          </span>
        ))}
      </div>
      <div className="mt-2 flex justify-center gap-4">
        <span className="flex items-center gap-1.5">
          <span className="size-2.5 bg-brand-600 dark:bg-emerald-400" />
          Readiness
        </span>
        <span className="flex items-center gap-1.5">
          <span className="size-2.5 bg-slate-400 dark:bg-slate-500" />
          Share of exam
        </span>
      </div>
    </div>
  );
}
