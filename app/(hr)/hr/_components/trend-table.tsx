import { formatDate } from "@/lib/format";
import { pct } from "./heat-cell";

/** The trend as a small line and, for every reader, as a table of the same numbers. */
export function TrendTable({ points, caption, valueLabel }: { points: { date: Date; value: number | null; n?: number | null }[]; caption: string; valueLabel: string }) {
  const known = points.map((p, i) => ({ ...p, i })).filter((p): p is typeof p & { value: number } => p.value !== null);
  const x = (i: number) => 10 + (i * 280) / Math.max(1, points.length - 1);
  const y = (v: number) => 90 - v * 80;
  return (
    <figure className="mt-3">
      {known.length > 1 && (
        <svg viewBox="0 0 300 100" className="h-24 w-full max-w-md text-brand-700 dark:text-emerald-300" aria-hidden="true">
          <line x1="10" x2="290" y1={y(0.6)} y2={y(0.6)} stroke="currentColor" strokeDasharray="4 4" strokeOpacity="0.4" />
          <polyline fill="none" stroke="currentColor" strokeWidth="2.5" points={known.map((p) => `${x(p.i)},${y(p.value)}`).join(" ")} />
          {known.map((p) => (
            <circle key={p.i} cx={x(p.i)} cy={y(p.value)} r="3" fill="currentColor" />
          ))}
        </svg>
      )}
      <table className="mt-2 text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-slate-600 dark:text-slate-400">
          <tr>
            <th scope="col" className="pr-4 font-semibold">Week of</th>
            <th scope="col" className="pr-4 font-semibold">{valueLabel}</th>
            {points.some((p) => p.n !== undefined) && <th scope="col" className="font-semibold">Members with enough evidence</th>}
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.date.toISOString()}>
              <td className="pr-4">{formatDate(p.date, "day-month")}</td>
              <td className="pr-4 tabular-nums">{p.value === null ? "—" : pct(p.value)}</td>
              {p.n !== undefined && <td className="tabular-nums">{p.n === null ? "fewer than 5" : p.n}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
