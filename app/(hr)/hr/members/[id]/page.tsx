import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cardClass } from "@/components/ui/card";
import { DataTable } from "@/components/ui/table";
import { getMemberProgress } from "@/lib/data/hr/get-member-progress";
import { requireRole } from "@/lib/data/viewer";
import { describeRisk } from "@/lib/hr/at-risk";
import { formatDate } from "@/lib/format";
import { HeatCell, pct } from "../../_components/heat-cell";
import { TrendTable } from "../../_components/trend-table";

export const metadata: Metadata = { title: "Member progress" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ cohort?: string | string[] }> };

export default async function MemberPage({ params, searchParams }: Props) {
  await requireRole("hr", "admin");
  const [{ id }, { cohort }] = await Promise.all([params, searchParams]);
  const progress = await getMemberProgress(id, typeof cohort === "string" ? cohort : undefined);
  if (!progress) notFound();
  const { row, exam } = progress;
  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <Link href={`/hr${progress.cohort ? `?cohort=${progress.cohort.id}` : ""}`} className="text-sm underline print:hidden">
        Back to the dashboard
      </Link>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{progress.name}</h1>
      <p className="text-slate-700 dark:text-slate-300">
        Member since {formatDate(progress.joinedAt)} · {progress.cohorts.map((c) => c.name).join(", ") || "in no cohort"}
      </p>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Progress, readiness, hours and certificates only: answers, notes and comments stay private.</p>

      {row && (
        <div className="mt-6 grid gap-4 sm:grid-cols-3">
          <div className="rounded-lg bg-slate-50 p-4 dark:bg-slate-900">
            <p className="text-sm text-slate-600 dark:text-slate-400">Hours studied</p>
            <p className="text-3xl font-bold tabular-nums">{row.hours} h</p>
          </div>
          <div className="rounded-lg bg-slate-50 p-4 dark:bg-slate-900">
            <p className="text-sm text-slate-600 dark:text-slate-400">Last study</p>
            <p className="text-xl font-bold">{row.lastStudyAt ? formatDate(row.lastStudyAt) : "never"}</p>
          </div>
          <div className="rounded-lg bg-slate-50 p-4 dark:bg-slate-900" data-testid="member-risk">
            <p className="text-sm text-slate-600 dark:text-slate-400">At risk</p>
            <p className="font-semibold">{row.risks.length ? row.risks.map(describeRisk).join("; ") : "No"}</p>
          </div>
        </div>
      )}

      {exam && row && (
        <section aria-labelledby="readiness-heading" className="mt-8">
          <h2 id="readiness-heading" className="text-xl font-bold">
            {exam.name}: exam {formatDate(exam.examDate)}
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Predicted pass chance at the exam: {row.examPass === null ? "no evidence yet" : pct(row.examPass)}
          </p>
          <DataTable caption="Readiness by exam domain" columns={[...exam.domains.map((d) => ({ label: d.name, className: "text-center" })), { label: "Overall", className: "text-center" }]} className="mt-3">
            <tr data-testid="member-readiness">
              {row.cells.map((c) => (
                <HeatCell key={c.code} probability={c.probability} />
              ))}
              <HeatCell probability={row.overall} />
            </tr>
          </DataTable>
          <h3 className="mt-6 font-semibold">Readiness over time</h3>
          <TrendTable points={progress.trend.map((t) => ({ date: t.date, value: t.readiness }))} caption="Overall readiness by week" valueLabel="Readiness" />
        </section>
      )}

      {progress.courses.length > 0 && (
        <section aria-labelledby="courses-heading" className="mt-8">
          <h2 id="courses-heading" className="text-xl font-bold">
            Assigned courses
          </h2>
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {progress.courses.map((c) => (
              <li key={c.title} className={cardClass}>
                <p className="font-semibold">{c.title}</p>
                <p className={`text-sm ${c.overdue ? "font-semibold text-red-800 dark:text-red-300" : ""}`}>
                  {Math.round(c.percent * 100)}% complete · due {formatDate(c.dueDate)}
                  {c.overdue && " · overdue"}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="certificates-heading" className="mt-8">
        <h2 id="certificates-heading" className="text-xl font-bold">
          Certificates
        </h2>
        {progress.certificates.length === 0 ? (
          <p className="mt-2 text-slate-700 dark:text-slate-300">None yet.</p>
        ) : (
          <ul className="mt-2 list-disc pl-5">
            {progress.certificates.map((c) => (
              <li key={c.courseTitle}>
                {c.courseTitle}, {formatDate(c.issuedAt)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
