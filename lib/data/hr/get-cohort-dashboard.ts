import "server-only";
import { aggregateView, filterRows, memberRow, sortRows, summarise, trend, type AggregateView, type AssignedCourse, type MemberRow } from "@/lib/hr/cohort-report";
import { suppressPartition, suppressStat } from "@/lib/hr/suppression";
import type { CohortView } from "@/lib/validation/hr";
import { db } from "@/lib/db";
import { cohortAssignments, type AssignedExamView } from "./cohort-assignments";
import { hrOrganisation, type HrOrganisation } from "./hr-organisation";
import { loadMemberFacts } from "./load-member-facts";
import { calibrationInForce } from "@/lib/data/readiness/calibration-in-force";
import { cohortMemberModels } from "./cohort-member-models";

export type CohortDashboard = {
  organisation: HrOrganisation;
  cohorts: { id: string; name: string; members: number }[];
  cohort: { id: string; name: string; members: number } | null;
  exam: AssignedExamView | null;
  courses: AssignedCourse[];
  /** One page of the members as filtered and sorted; empty for an aggregate-only organisation. */
  rows: MemberRow[];
  /** Every member as filtered and sorted, for the export. */
  allRows: MemberRow[];
  page: number;
  pages: number;
  summary: ReturnType<typeof summarise> | null;
  /** Weekly median readiness; n is how many members had enough evidence, null where suppressed. */
  trend: { date: Date; median: number | null; n: number | null }[];
  aggregate: AggregateView | null;
  /** How many reported exam results the pass chances are calibrated on; null while the model runs uncalibrated. */
  calibratedOn: number | null;
};

export const PAGE_SIZE = 100;

/**
 * The cohort dashboard of the viewer's organisation: one cohort's members by
 * exam domain, their hours, courses, overdue work and risks, and the trend of
 * the cohort's median readiness. An aggregate-only organisation gets counts
 * and medians with every group under 5 suppressed, and no rows at all.
 * Null when the viewer is HR of no organisation.
 */
export async function getCohortDashboard(view: CohortView, now = new Date()): Promise<CohortDashboard | null> {
  const { organisation } = await hrOrganisation();
  if (!organisation) return null;
  const cohortRows = await db.cohort.findMany({
    where: { organisationId: organisation.id },
    orderBy: { name: "asc" },
    select: { id: true, name: true, _count: { select: { members: true } } },
  });
  const cohorts = cohortRows.map((c) => ({ id: c.id, name: c.name, members: c._count.members }));
  const cohort = cohorts.find((c) => c.id === view.cohort) ?? cohorts[0] ?? null;
  const empty = { organisation, cohorts, cohort, exam: null, courses: [], rows: [], allRows: [], page: 1, pages: 1, summary: null, trend: [], aggregate: null, calibratedOn: null };
  if (!cohort) return empty;

  const { exam, targetId, courses } = await cohortAssignments(cohort.id, organisation.id, now);
  const scope = { organisationId: organisation.id, cohortId: cohort.id };
  const [facts, calibration] = await Promise.all([loadMemberFacts(scope, targetId, courses), calibrationInForce(targetId)]);
  const models = exam && targetId ? await cohortMemberModels(scope, targetId, facts, exam, now, calibration) : [];
  const all = facts.map((f, i) => memberRow(f, models[i] ?? null, courses, now));
  const domains = exam?.domains ?? [];
  const cohortTrend = exam ? trend(models, now) : [];

  if (organisation.aggregateOnly) {
    // Filters are a way to subtract one group from another, so aggregate-only reports take none.
    const suppressedTrend = cohortTrend.map((t) => {
      const n = suppressPartition([t.n, all.length - t.n]).cells[0]!;
      return { date: t.date, median: suppressStat(t.n, t.median), n: n.kind === "count" ? n.value : null };
    });
    return { ...empty, exam, courses, trend: suppressedTrend, aggregate: aggregateView(all, domains, courses), calibratedOn: calibration?.outcomes ?? null };
  }
  const rows = sortRows(filterRows(all, view), view.sort, view.dir);
  // A page of rows keeps a cohort of thousands a page of a sensible size; the summary and trend cover them all.
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const page = Math.min(view.page ?? 1, pages);
  return {
    ...empty,
    exam,
    courses,
    rows: rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
    allRows: rows,
    page,
    pages,
    summary: summarise(rows, domains),
    trend: cohortTrend,
    calibratedOn: calibration?.outcomes ?? null,
  };
}
