import type { Metadata } from "next";
import Link from "next/link";
import { after } from "next/server";
import { buttonClass } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import { Pager } from "@/components/ui/pager";
import { DataTable, EmptyTableRow } from "@/components/ui/table";
import { getCohortDashboard, type CohortDashboard } from "@/lib/data/hr/get-cohort-dashboard";
import { keepMemberModelsWarm } from "@/lib/data/hr/warm-member-models";
import { requireRole } from "@/lib/data/viewer";
import { describeRisk } from "@/lib/hr/at-risk";
import { BANDS } from "@/lib/hr/cohort-report";
import { shownText } from "@/lib/hr/suppression";
import { formatDate } from "@/lib/format";
import { cohortViewSchema, type CohortView } from "@/lib/validation/hr";
import { CreateOrganisationForm } from "./_components/create-organisation-form";
import { HeatCell, HeatLegend, pct } from "./_components/heat-cell";
import { PrintButton } from "./_components/print-button";
import { TrendTable } from "./_components/trend-table";

export const metadata: Metadata = { title: "Cohort dashboard" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const query = (view: CohortView, change: Partial<CohortView> = {}) => {
  const merged = { ...view, ...change };
  return new URLSearchParams(
    Object.entries(merged).flatMap(([k, v]) => (v === undefined || v === "" ? [] : [[k, String(v)]])),
  ).toString();
};

export default async function HrDashboardPage({ searchParams }: Props) {
  const viewer = await requireRole("hr", "admin");
  const view = cohortViewSchema.parse(await searchParams);
  const dashboard = await getCohortDashboard(view);
  // From the process's first dashboard on, each day's models are fitted in the background, not by that day's first view.
  after(keepMemberModelsWarm);

  if (!dashboard) {
    return (
      <div className="mx-auto max-w-3xl px-4 py-10">
        <h1 className="text-3xl font-bold tracking-tight">Cohort dashboard</h1>
        {viewer.role === "admin" ? (
          <>
            <p className="mt-2 text-slate-700 dark:text-slate-300">Set up an organisation and name its first HR person (an account with the HR role).</p>
            <CreateOrganisationForm />
          </>
        ) : (
          <p className="mt-2 text-slate-700 dark:text-slate-300">You are not HR of an organisation yet: ask an administrator to set one up for you.</p>
        )}
      </div>
    );
  }
  const { organisation, cohorts, cohort } = dashboard;
  const exportHref = `/hr/export?${query({ ...view, page: undefined, cohort: cohort?.id })}`;

  return (
    <div className="mx-auto max-w-7xl px-4 py-10 print:max-w-none print:py-0">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm text-slate-600 dark:text-slate-400">{organisation.name}</p>
          <h1 className="text-3xl font-bold tracking-tight">{cohort ? cohort.name : "Cohort dashboard"}</h1>
          {organisation.aggregateOnly && (
            <p className="mt-1 text-sm font-medium text-slate-700 dark:text-slate-300" data-testid="aggregate-notice">
              Aggregate-only reporting: no names, and any group of fewer than 5 people is shown as &ldquo;fewer than 5&rdquo;.
            </p>
          )}
        </div>
        {cohort && (
          <div className="flex gap-2 print:hidden">
            <a href={exportHref} className={buttonClass("secondary")} download>
              Export CSV
            </a>
            <PrintButton />
          </div>
        )}
      </div>

      {cohorts.length === 0 ? (
        <div className={`${cardClass} mt-8`}>
          <p>No cohorts yet.</p>
          <Link href="/hr/cohorts" className={buttonClass("primary", "mt-3")}>
            Create a cohort
          </Link>
        </div>
      ) : (
        <>
          <Filters dashboard={dashboard} view={view} />
          <Overview dashboard={dashboard} />
          {dashboard.aggregate ? <AggregateReport dashboard={dashboard} /> : <Heatmap dashboard={dashboard} view={view} />}
          {dashboard.exam && (
            <section aria-labelledby="trend-heading" className="mt-10 break-inside-avoid">
              <h2 id="trend-heading" className="text-xl font-bold">
                Median readiness, last 8 weeks
              </h2>
              <p className="text-sm text-slate-600 dark:text-slate-400">Of members with enough evidence for {dashboard.exam.code}; the dashed line is 60%.</p>
              <TrendTable
                points={dashboard.trend.map((t) => ({ date: t.date, value: t.median, n: t.n }))}
                caption="Cohort median readiness by week"
                valueLabel="Median readiness"
              />
            </section>
          )}
        </>
      )}
    </div>
  );
}

function Filters({ dashboard, view }: { dashboard: CohortDashboard; view: CohortView }) {
  const aggregate = Boolean(dashboard.aggregate);
  return (
    <form method="get" className="mt-6 flex flex-wrap items-end gap-3 print:hidden" aria-label="Choose what the dashboard shows">
      <div>
        <label htmlFor="cohort" className="block text-sm font-medium">
          Cohort
        </label>
        <select id="cohort" name="cohort" defaultValue={dashboard.cohort?.id} className="mt-1 rounded-md border border-slate-400 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900">
          {dashboard.cohorts.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({aggregate && c.members < 5 ? "fewer than 5" : c.members} members)
            </option>
          ))}
        </select>
      </div>
      {!aggregate && (
        <>
          <div>
            <label htmlFor="q" className="block text-sm font-medium">
              Name contains
            </label>
            <input id="q" name="q" type="search" defaultValue={view.q} maxLength={100} className="mt-1 rounded-md border border-slate-400 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900" />
          </div>
          <div>
            <label htmlFor="filter" className="block text-sm font-medium">
              Show
            </label>
            <select id="filter" name="filter" defaultValue={view.filter ?? "all"} className="mt-1 rounded-md border border-slate-400 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900">
              <option value="all">Everyone</option>
              <option value="at-risk">At risk</option>
              <option value="overdue">With overdue assignments</option>
              <option value="inactive">No study in 14 days</option>
            </select>
          </div>
          <div>
            <label htmlFor="sort" className="block text-sm font-medium">
              Sort by
            </label>
            <select id="sort" name="sort" defaultValue={view.sort ?? "name"} className="mt-1 rounded-md border border-slate-400 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900">
              <option value="name">Name</option>
              <option value="readiness">Readiness</option>
              <option value="hours">Hours studied</option>
              <option value="last-study">Last study</option>
              <option value="risk">Risk</option>
            </select>
          </div>
          <div>
            <label htmlFor="dir" className="block text-sm font-medium">
              Order
            </label>
            <select id="dir" name="dir" defaultValue={view.dir ?? "asc"} className="mt-1 rounded-md border border-slate-400 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900">
              <option value="asc">Ascending</option>
              <option value="desc">Descending</option>
            </select>
          </div>
        </>
      )}
      <button type="submit" className={buttonClass("primary", "py-1.5")}>
        Show
      </button>
    </form>
  );
}

function Overview({ dashboard }: { dashboard: CohortDashboard }) {
  const { exam, courses, summary, aggregate } = dashboard;
  const tile = "rounded-lg bg-slate-50 p-4 dark:bg-slate-900 print:border print:border-slate-300";
  const members = aggregate ? shownText(aggregate.members) : String(summary?.members ?? 0);
  const atRisk = aggregate ? shownText(aggregate.atRisk) : String(summary?.atRisk ?? 0);
  const overdue = aggregate ? shownText(aggregate.overdue) : String(summary?.overdue ?? 0);
  const hours = aggregate ? (aggregate.hours === null ? "fewer than 5" : `${aggregate.hours} h`) : `${summary?.hours ?? 0} h`;
  return (
    <section aria-label="Cohort overview" className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4" data-testid="overview">
      <div className={tile}>
        <p className="text-sm text-slate-600 dark:text-slate-400">Assigned exam</p>
        {exam ? (
          <>
            <p className="font-semibold">{exam.name}</p>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {formatDate(exam.examDate)} · {exam.daysToExam >= 0 ? `${exam.daysToExam} days to go` : "date passed"}
            </p>
            <p className="mt-1 text-sm" data-testid="calibration-note">
              {dashboard.calibratedOn === null
                ? "Pass chances: the model alone, not yet calibrated on reported exam results."
                : `Pass chances calibrated on ${dashboard.calibratedOn} reported exam results.`}
            </p>
          </>
        ) : (
          <p className="font-semibold">None assigned</p>
        )}
        {courses.map((c) => (
          <p key={c.assignmentId} className="mt-1 text-sm">
            Course: {c.title}, due {formatDate(c.dueDate)}
          </p>
        ))}
      </div>
      <div className={tile}>
        <p className="text-sm text-slate-600 dark:text-slate-400">Members{dashboard.aggregate ? "" : " shown"}</p>
        <p className="text-3xl font-bold tabular-nums" data-testid="members-count">{members}</p>
      </div>
      <div className={tile}>
        <p className="text-sm text-slate-600 dark:text-slate-400">At risk</p>
        <p className="text-3xl font-bold tabular-nums" data-testid="at-risk-count">{atRisk}</p>
        <p className="text-sm text-slate-600 dark:text-slate-400">pass chance under 60% at the exam, or no study in 14 days</p>
      </div>
      <div className={tile}>
        <p className="text-sm text-slate-600 dark:text-slate-400">Overdue · hours studied</p>
        <p className="text-3xl font-bold tabular-nums">
          <span data-testid="overdue-count">{overdue}</span> · <span className="text-xl">{hours}</span>
        </p>
      </div>
    </section>
  );
}

function Heatmap({ dashboard, view }: { dashboard: CohortDashboard; view: CohortView }) {
  const { exam, courses, rows, summary, cohort } = dashboard;
  const domains = exam?.domains ?? [];
  const columns = [
    { label: "Member" },
    ...domains.map((d) => ({ label: d.name, className: "text-center" })),
    ...(exam ? [{ label: "Overall", className: "text-center" }, { label: "Pass chance at exam", className: "text-center" }] : []),
    { label: "Hours" },
    { label: "Last study" },
    ...courses.map((c) => ({ label: `${c.title} (due ${formatDate(c.dueDate, "day-month")})` })),
    { label: "At risk because", className: "min-w-64" },
  ];
  const memberHref = (id: string) => `/hr/members/${id}?cohort=${cohort?.id ?? ""}`;
  return (
    <section aria-labelledby="heatmap-heading" className="mt-10">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id="heatmap-heading" className="text-xl font-bold">
          Readiness by exam domain
        </h2>
        <HeatLegend />
      </div>
      <DataTable caption={`Readiness of each member of ${cohort?.name ?? "the cohort"} by exam domain`} columns={columns} className="mt-3">
        {rows.length === 0 ? (
          <EmptyTableRow columns={columns.length}>{view.q || (view.filter && view.filter !== "all") ? "No member matches." : "No members in this cohort yet."}</EmptyTableRow>
        ) : (
          rows.map((r) => (
            <tr key={r.id} data-testid="member-row">
              <th scope="row" className="px-4 py-2 text-left font-medium">
                <Link href={memberHref(r.id)} className="hover:underline">
                  {r.name}
                </Link>
              </th>
              {r.cells.map((c, i) => (
                <HeatCell key={c.code} probability={c.probability} title={c.probability === null ? undefined : `${domains[i]?.name}: likely ${pct(c.low)}–${pct(c.high)}`} />
              ))}
              {exam && (
                <>
                  <HeatCell probability={r.overall} />
                  <td className="px-3 py-2 text-center tabular-nums">{r.examPass === null ? "—" : pct(r.examPass)}</td>
                </>
              )}
              <td className="px-3 py-2 tabular-nums">{r.hours} h</td>
              <td className="px-3 py-2 whitespace-nowrap">{r.lastStudyAt ? formatDate(r.lastStudyAt) : "never"}</td>
              {r.courses.map((c) => (
                <td key={c.assignmentId} className={`px-3 py-2 tabular-nums ${c.overdue ? "font-semibold text-red-800 dark:text-red-300" : ""}`}>
                  {Math.round(c.percent * 100)}%{c.overdue && " · overdue"}
                </td>
              ))}
              <td className="px-3 py-2 text-sm" data-testid="risk">
                {r.risks.length === 0 ? <span className="text-slate-600 dark:text-slate-400">—</span> : <span className="font-medium text-red-800 dark:text-red-300">⚠ {r.risks.map(describeRisk).join("; ")}</span>}
              </td>
            </tr>
          ))
        )}
        {summary && exam && rows.length > 0 && (
          <tr className="border-t-2 border-slate-300 bg-slate-50 font-semibold dark:border-slate-600 dark:bg-slate-900" data-testid="summary-row">
            <th scope="row" className="px-4 py-2 text-left">
              Median of all {dashboard.allRows.length}
            </th>
            {summary.domains.map((d) => (
              <HeatCell key={d.code} probability={d.median} title={`${d.n} with enough evidence`} />
            ))}
            <HeatCell probability={summary.overall} />
            <td className="px-3 py-2" />
            <td className="px-3 py-2 tabular-nums">{summary.hours} h total</td>
            <td className="px-3 py-2" />
            {courses.map((c) => (
              <td key={c.assignmentId} className="px-3 py-2" />
            ))}
            <td className="px-3 py-2">{summary.atRisk} at risk</td>
          </tr>
        )}
      </DataTable>
      <Pager page={dashboard.page} pages={dashboard.pages} href={(p) => `/hr?${query({ ...view, cohort: cohort?.id, page: p })}`} />
    </section>
  );
}

function AggregateReport({ dashboard }: { dashboard: CohortDashboard }) {
  const view = dashboard.aggregate!;
  const names = new Map((dashboard.exam?.domains ?? []).map((d) => [d.code, d.name]));
  const columns = [{ label: "Exam domain" }, ...BANDS.map((b) => ({ label: b.label, className: "text-center" })), { label: "Median readiness", className: "text-center" }];
  const cell = (s: ReturnType<typeof shownText>) => <td className={`px-3 py-2 text-center tabular-nums ${s === "fewer than 5" || s === "hidden" ? "text-slate-600 italic dark:text-slate-400" : ""}`}>{s}</td>;
  return (
    <section aria-labelledby="aggregate-heading" className="mt-10">
      <h2 id="aggregate-heading" className="text-xl font-bold">
        Members per readiness band
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        &ldquo;Hidden&rdquo; marks a count held back so that a group of fewer than 5 can&apos;t be worked out from the total.
      </p>
      {dashboard.exam ? (
        <DataTable caption="Members per readiness band, by exam domain" columns={columns} className="mt-3">
          {view.domains.map((d) => (
            <tr key={d.code} data-testid="aggregate-row">
              <th scope="row" className="px-4 py-2 text-left font-medium">
                {names.get(d.code) ?? d.code}
              </th>
              {d.bands.map((b, i) => (
                <td key={BANDS[i]!.key} className={`px-3 py-2 text-center tabular-nums ${b.kind !== "count" ? "text-slate-600 italic dark:text-slate-400" : ""}`}>
                  {shownText(b)}
                </td>
              ))}
              {cell(d.median === null ? "fewer than 5" : pct(d.median))}
            </tr>
          ))}
          <tr className="border-t-2 border-slate-300 bg-slate-50 font-semibold dark:border-slate-600 dark:bg-slate-900">
            <th scope="row" className="px-4 py-2 text-left">
              Overall
            </th>
            {view.overall.bands.map((b, i) => (
              <td key={BANDS[i]!.key} className="px-3 py-2 text-center tabular-nums">
                {shownText(b)}
              </td>
            ))}
            {cell(view.overall.median === null ? "fewer than 5" : pct(view.overall.median))}
          </tr>
        </DataTable>
      ) : (
        <p className="mt-3">No exam assigned to this cohort.</p>
      )}
      {dashboard.courses.length > 0 && (
        <DataTable
          caption="Course completion"
          columns={[{ label: "Assigned course" }, { label: "Complete" }, { label: "Started" }, { label: "Not started" }]}
          className="mt-6"
        >
          {view.courses.map((c) => (
            <tr key={c.assignmentId}>
              <th scope="row" className="px-4 py-2 text-left font-medium">
                {dashboard.courses.find((x) => x.assignmentId === c.assignmentId)?.title}
              </th>
              <td className="px-3 py-2">{shownText(c.complete)}</td>
              <td className="px-3 py-2">{shownText(c.started)}</td>
              <td className="px-3 py-2">{shownText(c.notStarted)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
