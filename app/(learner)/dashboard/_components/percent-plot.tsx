import type { ReactNode } from "react";

const GRID = [0, 25, 50, 75, 100];

/** A 0-100% plot area with its axis labels and dashed grid lines, for the dashboard's charts to draw in. */
export function PercentPlot({ height, plotClassName = "", children }: { height: string; plotClassName?: string; children: ReactNode }) {
  return (
    <div className={`flex pt-2 ${height}`}>
      <div className="relative w-10 shrink-0">
        {GRID.map((v) => (
          <span key={v} className="absolute right-1.5 -translate-y-1/2 leading-none" style={{ top: `${100 - v}%` }}>
            {v}%
          </span>
        ))}
      </div>
      <div className={`relative flex-1 border-b border-l border-slate-400 dark:border-slate-500 ${plotClassName}`}>
        {GRID.slice(1).map((v) => (
          <div key={v} className="absolute inset-x-0 border-t border-dashed border-slate-300 dark:border-slate-700" style={{ top: `${100 - v}%` }} />
        ))}
        {children}
      </div>
    </div>
  );
}
