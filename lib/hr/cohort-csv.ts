// The cohort dashboard as CSV, exactly as HR sees it: the same filters, the
// same suppression, and every text cell escaped against spreadsheet formulae.
import { toCsv, type CsvCell } from "@/lib/csv";
import { describeRisk } from "./at-risk";
import { BANDS, type AggregateView, type AssignedCourse, type MemberRow } from "./cohort-report";
import { shownText } from "./suppression";

const pct = (p: number | null | undefined) => (p === null || p === undefined ? "not enough evidence" : `${Math.round(p * 100)}%`);
const suppressed = (v: number | null) => (v === null ? "fewer than 5" : v);

type Exam = { domains: { code: string; name: string }[] } | null;

export function membersCsv(rows: MemberRow[], exam: Exam, courses: AssignedCourse[], summary: { domains: { median: number | null }[]; overall: number | null } | null): string {
  const domains = exam?.domains ?? [];
  const fields = [
    "Member",
    ...domains.map((d) => `${d.name} readiness`),
    ...(exam ? ["Overall readiness", "Predicted pass at exam"] : []),
    "Hours studied",
    "Last study",
    ...courses.map((c) => `${c.title} complete`),
    "Overdue assignments",
    "At risk",
  ];
  const body: CsvCell[][] = rows.map((r) => [
    r.name,
    ...r.cells.map((c) => pct(c.probability)),
    ...(exam ? [pct(r.overall), r.examPass === null ? "no evidence yet" : `${Math.round(r.examPass * 100)}%`] : []),
    r.hours,
    r.lastStudyAt ? r.lastStudyAt.toISOString().slice(0, 10) : "never",
    ...r.courses.map((c) => `${Math.round(c.percent * 100)}%`),
    r.overdue,
    r.risks.map(describeRisk).join("; "),
  ]);
  if (summary && exam) body.push(["Cohort median", ...summary.domains.map((d) => pct(d.median)), pct(summary.overall), "", "", "", ...courses.map(() => ""), "", ""]);
  return toCsv(fields, body);
}

export function aggregateCsv(view: AggregateView, exam: Exam, courses: AssignedCourse[]): string {
  const rows: CsvCell[][] = [];
  const names = new Map((exam?.domains ?? []).map((d) => [d.code, d.name]));
  for (const d of view.domains) rows.push([names.get(d.code) ?? d.code, ...d.bands.map(shownText), d.median === null ? "fewer than 5" : pct(d.median)]);
  if (exam) rows.push(["Overall", ...view.overall.bands.map(shownText), view.overall.median === null ? "fewer than 5" : pct(view.overall.median)]);
  const head = ["Group", ...BANDS.map((b) => b.label), "Median readiness"];
  const totals: CsvCell[][] = [
    ["Members", shownText(view.members)],
    ["At risk", shownText(view.atRisk)],
    ["With overdue assignments", shownText(view.overdue)],
    ["Hours studied (total)", suppressed(view.hours)],
    ...view.courses.map((c) => {
      const title = courses.find((x) => x.assignmentId === c.assignmentId)?.title ?? "";
      return [`${title}: complete / started / not started`, `${shownText(c.complete)} / ${shownText(c.started)} / ${shownText(c.notStarted)}`];
    }),
  ];
  return `${toCsv(head, rows)}\r\n\r\n${toCsv(["Measure", "Value"], totals)}`;
}
