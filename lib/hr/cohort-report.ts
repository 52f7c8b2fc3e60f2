// The cohort dashboard's numbers from each member's facts: readiness per exam
// domain with the learner dashboard's own model, hours, course completion,
// overdue work and risk; the summary row, the trend of the cohort's median, and
// the aggregate-only view in which no group of fewer than 5 can be seen.
import type { Calibration } from "@/lib/readiness/calibration";
import { estimateReadinessPoint, passProbability, type DomainWeight, type Evidence } from "@/lib/readiness/model";
import { weekDates } from "@/lib/readiness/week-dates";
import { atRiskReasons, type RiskReason } from "./at-risk";
import { suppressPartition, suppressStat, type Shown } from "./suppression";


export type AssignedCourse = { assignmentId: string; courseId: string; title: string; totalLessons: number; dueDate: Date };
export type AssignedExam = { code: string; name: string; examDate: Date; domains: DomainWeight[]; questions: number; passingPercent: number };

export type MemberFacts = {
  id: string;
  name: string;
  evidence: Evidence[];
  /** Lesson time completed plus time spent answering, in hours. */
  hours: number;
  lastStudyAt: Date | null;
  /** Completed lessons per assigned course id. */
  completed: Map<string, number>;
};

/** A domain cell: the readiness, or null when there is not enough evidence (the learner dashboard's rule). */
export type Cell = { code: string; probability: number | null; low: number; high: number };

export type MemberRow = {
  id: string;
  name: string;
  cells: Cell[];
  overall: number | null;
  examPass: number | null;
  hours: number;
  lastStudyAt: Date | null;
  courses: { assignmentId: string; percent: number; overdue: boolean }[];
  overdue: number;
  risks: RiskReason[];
};

/** What the readiness model says of one member: cells now, at the exam date, and their overall readiness week by week. */
export type MemberModel = { cells: Cell[]; overall: number | null; examPass: number | null; weekly: (number | null)[] };

/** The cells and overall readiness now. */
export function currentReadiness(evidence: Evidence[], exam: AssignedExam, now: Date, calibration?: Calibration): Pick<MemberModel, "cells" | "overall"> {
  const readiness = estimateReadinessPoint(evidence, exam.domains, now, { calibration });
  return {
    cells: readiness.domains.map((d) => ({ code: d.code, probability: d.enough ? d.probability : null, low: d.low, high: d.high })),
    overall: readiness.overall.enough ? readiness.overall.probability : null,
  };
}

/** The pass probability at the exam date (or now, once it is past) with today's evidence: what the model expects if nothing more is studied. */
export function examPass(evidence: Evidence[], exam: AssignedExam, now: Date, calibration?: Calibration): number | null {
  if (evidence.length === 0) return null;
  const atExam = estimateReadinessPoint(evidence, exam.domains, exam.examDate > now ? exam.examDate : now, { calibration });
  return passProbability(atExam, { questions: exam.questions, passingPercent: exam.passingPercent }, calibration);
}

/** Overall readiness at a past date from the evidence up to it (the model ignores anything later); null without any. */
export function readinessAt(evidence: Evidence[], domains: DomainWeight[], date: Date, calibration?: Calibration): number | null {
  if (!evidence.some((e) => e.at <= date)) return null;
  const r = estimateReadinessPoint(evidence, domains, date, { calibration });
  return r.overall.enough ? r.overall.probability : null;
}

/** One member's readiness for the cohort's exam, with the target's calibration in force where one has been fitted (as the learner's own dashboard). */
export function memberModel(evidence: Evidence[], exam: AssignedExam, now: Date, calibration?: Calibration): MemberModel {
  const current = currentReadiness(evidence, exam, now, calibration);
  const seen = evidence.some((e) => e.at <= now);
  return {
    ...current,
    examPass: examPass(evidence, exam, now, calibration),
    weekly: weekDates(now).map((date) => (date.getTime() === now.getTime() ? (seen ? current.overall : null) : readinessAt(evidence, exam.domains, date, calibration))),
  };
}

export function memberRow(m: MemberFacts, model: MemberModel | null, courses: AssignedCourse[], now: Date): MemberRow {
  const rows = courses.map((c) => {
    const done = m.completed.get(c.courseId) ?? 0;
    const percent = c.totalLessons ? done / c.totalLessons : 0;
    return { assignmentId: c.assignmentId, percent, overdue: percent < 1 && c.dueDate < now };
  });
  const examPass = model?.examPass ?? null;
  return {
    id: m.id,
    name: m.name,
    cells: model?.cells ?? [],
    overall: model?.overall ?? null,
    examPass,
    hours: m.hours,
    lastStudyAt: m.lastStudyAt,
    courses: rows,
    overdue: rows.filter((r) => r.overdue).length,
    risks: atRiskReasons({ examPassProbability: examPass, lastStudyAt: m.lastStudyAt, now }),
  };
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export type Filter = "all" | "at-risk" | "overdue" | "inactive";
export type Sort = "name" | "readiness" | "hours" | "last-study" | "risk";

export function filterRows(rows: MemberRow[], { q, filter }: { q?: string; filter?: Filter }): MemberRow[] {
  const needle = q?.toLowerCase();
  return rows.filter(
    (r) =>
      (!needle || r.name.toLowerCase().includes(needle)) &&
      (filter === "at-risk" ? r.risks.length > 0 : filter === "overdue" ? r.overdue > 0 : filter === "inactive" ? r.risks.some((x) => x.code === "inactive") : true),
  );
}

// localeCompare without arguments compares as a default Collator does; one Collator saves building it per comparison.
const byName = new Intl.Collator().compare;

export function sortRows(rows: MemberRow[], sort: Sort = "name", dir: "asc" | "desc" = "asc"): MemberRow[] {
  // Missing values (no readiness yet, never studied) sort last either way.
  const key = (r: MemberRow): number | string | null =>
    sort === "name" ? r.name.toLowerCase() : sort === "readiness" ? r.overall : sort === "hours" ? r.hours : sort === "last-study" ? (r.lastStudyAt?.getTime() ?? null) : r.risks.length;
  const sign = dir === "asc" ? 1 : -1;
  // Each row's key once, not twice per comparison: thousands of rows make a hundred thousand comparisons.
  const keyed = rows.map((row) => ({ row, key: key(row) }));
  keyed.sort((a, b) => {
    const x = a.key;
    const y = b.key;
    if (x === null || y === null) return x === y ? byName(a.row.name, b.row.name) : x === null ? 1 : -1;
    const c = x < y ? -1 : x > y ? 1 : 0;
    return c === 0 ? byName(a.row.name, b.row.name) : sign * c;
  });
  return keyed.map((k) => k.row);
}

/** The summary row: per domain the median readiness of those with enough evidence, and how many that is. */
export function summarise(rows: MemberRow[], domains: DomainWeight[]) {
  return {
    domains: domains.map((d, i) => {
      const values = rows.map((r) => r.cells[i]?.probability).filter((p): p is number => p !== null && p !== undefined);
      return { code: d.code, median: median(values), n: values.length };
    }),
    overall: median(rows.map((r) => r.overall).filter((p): p is number => p !== null)),
    members: rows.length,
    atRisk: rows.filter((r) => r.risks.length > 0).length,
    overdue: rows.filter((r) => r.overdue > 0).length,
    hours: Math.round(rows.reduce((s, r) => s + r.hours, 0) * 10) / 10,
  };
}

/** Weekly median of the members' overall readiness, of those with enough evidence that week. */
export function trend(models: MemberModel[], now: Date) {
  return weekDates(now).map((date, i) => {
    const values = models.map((m) => m.weekly[i]).filter((p): p is number => p !== null && p !== undefined);
    return { date, median: median(values), n: values.length };
  });
}

export const BANDS = [
  { key: "none", label: "Not enough evidence" },
  { key: "low", label: "Under 50%" },
  { key: "mid", label: "50% to 69%" },
  { key: "high", label: "70% or more" },
] as const;
export type Band = (typeof BANDS)[number]["key"];

export function bandOf(p: number | null): Band {
  return p === null ? "none" : p < 0.5 ? "low" : p < 0.7 ? "mid" : "high";
}

/**
 * What an aggregate-only organisation's HR sees: per domain how many members
 * fall in each readiness band, at-risk and overdue counts, and course
 * completion, each group suppressed below 5 and against subtraction; medians
 * only over 5 or more.
 */
export function aggregateView(rows: MemberRow[], domains: DomainWeight[], courses: AssignedCourse[]) {
  const count = (pred: (r: MemberRow) => boolean) => rows.filter(pred).length;
  const summary = summarise(rows, domains);
  return {
    members: suppressPartition([rows.length]).total,
    domains: domains.map((d, i) => ({
      code: d.code,
      bands: suppressPartition(BANDS.map((b) => count((r) => bandOf(r.cells[i]?.probability ?? null) === b.key))).cells,
      median: suppressStat(summary.domains[i]!.n, summary.domains[i]!.median),
    })),
    overall: {
      bands: suppressPartition(BANDS.map((b) => count((r) => bandOf(r.overall) === b.key))).cells,
      median: suppressStat(rows.filter((r) => r.overall !== null).length, summary.overall),
    },
    atRisk: suppressPartition([summary.atRisk, rows.length - summary.atRisk]).cells[0]!,
    overdue: suppressPartition([summary.overdue, rows.length - summary.overdue]).cells[0]!,
    hours: suppressStat(rows.length, summary.hours),
    courses: courses.map((c) => {
      const percents = rows.map((r) => r.courses.find((x) => x.assignmentId === c.assignmentId)?.percent ?? 0);
      const [complete, started, notStarted] = suppressPartition([
        percents.filter((p) => p >= 1).length,
        percents.filter((p) => p > 0 && p < 1).length,
        percents.filter((p) => p === 0).length,
      ]).cells as [Shown, Shown, Shown];
      return { assignmentId: c.assignmentId, complete, started, notStarted };
    }),
  };
}
export type AggregateView = ReturnType<typeof aggregateView>;
