import "server-only";
import { db } from "@/lib/db";
import { listTargets } from "@/lib/data/targets/list-targets";
import { hrOrganisation } from "./hr-organisation";

export type CohortAdmin = {
  id: string;
  name: string;
  members: { id: string; name: string }[];
  assignments: { id: string; kind: "target" | "course"; title: string; dueDate: Date }[];
};

/** The organisation's cohorts with members and assignments, and what can be added or assigned. */
export async function listCohorts() {
  const { organisation } = await hrOrganisation();
  if (!organisation) return null;
  const [cohorts, members, targets, courses] = await Promise.all([
    db.cohort.findMany({
      where: { organisationId: organisation.id },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        members: { orderBy: { member: { user: { name: "asc" } } }, select: { userId: true, member: { select: { user: { select: { name: true } } } } } },
        assignments: { orderBy: { dueDate: "asc" }, select: { id: true, dueDate: true, target: { select: { name: true } }, course: { select: { title: true } } } },
      },
    }),
    db.organisationMember.findMany({
      where: { organisationId: organisation.id, kind: "member" },
      orderBy: { user: { name: "asc" } },
      select: { userId: true, user: { select: { name: true } } },
    }),
    listTargets(),
    db.course.findMany({ where: { published: true }, orderBy: { order: "asc" }, select: { slug: true, title: true } }),
  ]);
  return {
    organisation,
    cohorts: cohorts.map(
      (c): CohortAdmin => ({
        id: c.id,
        name: c.name,
        members: c.members.map((m) => ({ id: m.userId, name: m.member.user.name })),
        assignments: c.assignments.map((a) => ({ id: a.id, kind: a.target ? "target" : "course", title: a.target?.name ?? a.course?.title ?? "", dueDate: a.dueDate })),
      }),
    ),
    members: members.map((m) => ({ id: m.userId, name: m.user.name })),
    targets: targets.map((t) => ({ code: t.code, name: t.name })),
    courses,
  };
}
