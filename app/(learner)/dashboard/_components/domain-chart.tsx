// Readiness per domain (with its interval) beside the domain's share of the exam, drawn
// on the server in HTML: no script, so nothing to load or run in the browser (recharts
// here cost one long task of 100-300 ms per chart, and Lighthouse's performance score
// fell to 71-88). Decorative: the table beside it carries the numbers.
import { PercentPlot } from "./percent-plot";

type Row = { name: string; share: number; readiness: number | null; low: number; high: number };

const percent = (share: number) => `${Math.round(Math.max(0, Math.min(1, share)) * 1000) / 10}%`;

export function DomainChart({ rows }: { rows: Row[] }) {
  return (
    <div aria-hidden="true" className="h-56 w-full text-[11px] text-slate-600 dark:text-slate-400">
      <PercentPlot height="h-40">
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
      </PercentPlot>
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
