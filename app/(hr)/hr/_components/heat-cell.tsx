import { bandOf, type Band } from "@/lib/hr/cohort-report";

// Colour follows the band, but the number (or the words) always says it too.
const TONES: Record<Band, string> = {
  none: "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300",
  low: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
  mid: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  high: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
};

export const pct = (p: number) => `${Math.round(p * 100)}%`;

/** One heatmap cell: readiness with its band's colour and, for the eye that can't tell colours, its band's mark. */
export function HeatCell({ probability, title }: { probability: number | null; title?: string }) {
  const band = bandOf(probability);
  return (
    <td className={`px-3 py-2 text-center tabular-nums print:bg-white ${TONES[band]}`} title={title} data-band={band}>
      {probability === null ? (
        <span className="text-xs">not enough evidence</span>
      ) : (
        <>
          {pct(probability)}
          <span aria-hidden="true" className="ml-1 text-xs">
            {band === "low" ? "▼" : band === "high" ? "▲" : "■"}
          </span>
        </>
      )}
    </td>
  );
}

export function HeatLegend() {
  return (
    <ul className="flex flex-wrap gap-3 text-xs" aria-label="Readiness bands">
      <li className={`rounded px-2 py-1 ${TONES.high}`}>▲ 70% or more</li>
      <li className={`rounded px-2 py-1 ${TONES.mid}`}>■ 50% to 69%</li>
      <li className={`rounded px-2 py-1 ${TONES.low}`}>▼ under 50%</li>
      <li className={`rounded px-2 py-1 ${TONES.none}`}>not enough evidence (the learner dashboard&apos;s rule)</li>
    </ul>
  );
}
