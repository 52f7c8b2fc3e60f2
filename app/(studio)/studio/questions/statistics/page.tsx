import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import { DataTable } from "@/components/ui/table";
import { getItemStatistics } from "@/lib/data/studio/get-item-statistics";
import { questionFilterSchema } from "@/lib/validation/studio";

export const metadata: Metadata = { title: "Item statistics" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const figure = (value: number | null) => (value === null ? "–" : value.toFixed(0));
const percent = (share: number) => `${Math.round(share * 100)}%`;

export default async function ItemStatisticsPage({ searchParams }: Props) {
  const { target: code } = questionFilterSchema.parse(await searchParams);
  const { targets, target, rows, attempts } = await getItemStatistics(code);
  return (
    <div className="mx-auto max-w-7xl px-4 py-10">
      <p className="text-sm">
        <Link href="/studio/questions" className="text-brand-700 underline-offset-2 hover:underline dark:text-emerald-300">
          Question banks
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">Item statistics</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        As Moodle&apos;s quiz statistics define them, over every finished attempt: facility (the average mark, 0–100), the standard deviation, the discrimination index (100 × the
        correlation between the item and the rest of the test) and discriminative efficiency. Weak items come first, each with its reason.
      </p>
      <nav aria-label="Banks" className="mt-4 flex flex-wrap gap-2">
        {targets.map((t) => (
          <Link key={t.code} href={`/studio/questions/statistics?target=${t.code}`} aria-current={t.code === target?.code ? "page" : undefined} className={buttonClass(t.code === target?.code ? "primary" : "secondary", "py-1")}>
            {t.code}
          </Link>
        ))}
      </nav>
      {rows.length === 0 ? (
        <p className={`${cardClass} mt-6`}>No learner has finished an attempt with these questions yet.</p>
      ) : (
        <>
          <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">
            {rows.length} questions answered in {attempts} finished attempts.
          </p>
          <DataTable
            className="mt-2"
            caption={`Item statistics of the ${target?.name} bank`}
            columns={[{ label: "Question" }, { label: "Attempts" }, { label: "Facility" }, { label: "SD" }, { label: "Discrimination" }, { label: "Efficiency" }, { label: "Median time" }, { label: "Options chosen" }]}
          >
            {rows.map((r) => (
              <tr key={r.questionId} className="align-top" data-testid="item-statistics-row">
                <td className="max-w-sm px-4 py-3">
                  <Link href={`/studio/questions/${r.questionId}`} className="font-mono text-xs font-medium text-brand-700 underline-offset-2 hover:underline dark:text-emerald-300">
                    {r.key}
                  </Link>
                  <span className="mt-0.5 block text-slate-700 dark:text-slate-300">{r.stem.length > 110 ? `${r.stem.slice(0, 110)}…` : r.stem}</span>
                  {r.flags.length > 0 && (
                    <ul className="mt-1 list-disc space-y-0.5 pl-5 text-xs text-red-800 dark:text-red-300">
                      {r.flags.map((f) => (
                        <li key={`${f.code}-${f.option ?? ""}`}>{f.message}</li>
                      ))}
                    </ul>
                  )}
                </td>
                <td className="px-4 py-3 tabular-nums">{r.attempts}</td>
                <td className="px-4 py-3 tabular-nums">{figure(r.facility)}</td>
                <td className="px-4 py-3 tabular-nums">{figure(r.sd)}</td>
                <td className="px-4 py-3 tabular-nums">{figure(r.discriminationIndex)}</td>
                <td className="px-4 py-3 tabular-nums">{figure(r.discriminativeEfficiency)}</td>
                <td className="px-4 py-3 tabular-nums whitespace-nowrap">{r.medianSeconds === null ? "–" : `${Math.round(r.medianSeconds)} s`}</td>
                <td className="min-w-48 px-4 py-3">
                  {r.options.length === 0 ? (
                    "–"
                  ) : (
                    <ul className="space-y-0.5 text-xs">
                      {r.options.map((o, i) => (
                        <li key={i}>
                          <span className="tabular-nums">{percent(o.share)}</span> {o.keyed && <strong>(key)</strong>} {o.text.length > 40 ? `${o.text.slice(0, 40)}…` : o.text}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </div>
  );
}
