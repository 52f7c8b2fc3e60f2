import "server-only";
import { memberRow, trend, type MemberRow } from "@/lib/hr/cohort-report";
import { db } from "@/lib/db";
import { cohortAssignments, type AssignedExamView } from "./cohort-assignments";
import { hrOrganisation } from "./hr-organisation";
import { loadMemberFacts } from "./load-member-facts";
import { calibrationInForce } from "@/lib/data/readiness/calibration-in-force";
import { cohortMemberModels } from "./cohort-member-models";

export type MemberProgress = {
  name: string;
  joinedAt: Date;
  cohorts: { id: string; name: string }[];
  cohort: { id: string; name: string } | null;
  exam: AssignedExamView | null;
  courses: { title: string; dueDate: Date; percent: number; overdue: boolean }[];
  row: MemberRow | null;
  trend: { date: Date; readiness: number | null }[];
  certificates: { courseTitle: string; issuedAt: Date }[];
};

/**
 * One member's progress for HR: readiness by domain and over time toward a
 * cohort's assigned exam, courses, hours and certificates. Never answers, notes
 * or comments. Null for anyone outside the viewer's organisation, and for
 * everyone when the organisation reports in aggregate only.
 */
export async function getMemberProgress(userId: string, cohortId: string | undefined, now = new Date()): Promise<MemberProgress | null> {
  const { organisation } = await hrOrganisation();
  if (!organisation || organisation.aggregateOnly) return null;
  const member = await db.organisationMember.findFirst({
    where: { userId, organisationId: organisation.id, kind: "member" },
    select: {
      joinedAt: true,
      user: { select: { name: true, certificates: { orderBy: { issuedAt: "desc" }, select: { courseTitle: true, issuedAt: true } } } },
      cohorts: { orderBy: { cohort: { name: "asc" } }, select: { cohort: { select: { id: true, name: true } } } },
    },
  });
  if (!member) return null;
  const cohorts = member.cohorts.map((c) => c.cohort);
  const cohort = cohorts.find((c) => c.id === cohortId) ?? cohorts[0] ?? null;
  const base = { name: member.user.name, joinedAt: member.joinedAt, cohorts, cohort, certificates: member.user.certificates };
  if (!cohort) return { ...base, exam: null, courses: [], row: null, trend: [] };

  const { exam, targetId, courses } = await cohortAssignments(cohort.id, organisation.id, now);
  const scope = { organisationId: organisation.id, cohortId: cohort.id, userId };
  const [[facts], calibration] = await Promise.all([loadMemberFacts(scope, targetId, courses), calibrationInForce(targetId)]);
  if (!facts) return { ...base, exam, courses: [], row: null, trend: [] };
  const [model] = exam && targetId ? await cohortMemberModels(scope, targetId, [facts], exam, now, calibration) : [];
  const row = memberRow(facts, model ?? null, courses, now);
  return {
    ...base,
    exam,
    courses: courses.map((c, i) => ({ title: c.title, dueDate: c.dueDate, percent: row.courses[i]!.percent, overdue: row.courses[i]!.overdue })),
    row,
    trend: model ? trend([model], now).map((t) => ({ date: t.date, readiness: t.median })) : [],
  };
}
