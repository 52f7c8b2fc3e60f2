import "server-only";
import { db } from "@/lib/db";
import { requireViewer } from "@/lib/data/viewer";

const DAY = 86_400_000;

export type MyAssignment = { id: string; cohort: string; kind: "target" | "course"; title: string; href: string; dueDate: Date; daysLeft: number; complete: boolean };

export type MyOrganisation = {
  membership: { name: string; kind: string } | null;
  invitations: { id: string; organisation: string; at: Date }[];
  assignments: MyAssignment[];
};

/** The viewer's organisation, the invitations waiting for their address, and their cohorts' assignments, soonest first. */
export async function listMyOrganisation(now = new Date()): Promise<MyOrganisation> {
  const viewer = await requireViewer();
  const [membership, invitations] = await Promise.all([
    db.organisationMember.findUnique({
      where: { userId: viewer.id },
      select: {
        kind: true,
        organisation: { select: { name: true } },
        cohorts: {
          select: {
            cohort: {
              select: {
                name: true,
                assignments: {
                  select: { id: true, dueDate: true, target: { select: { code: true, name: true } }, course: { select: { id: true, slug: true, title: true, _count: { select: { lessons: true } } } } },
                },
              },
            },
          },
        },
      },
    }),
    db.organisationInvite.findMany({
      where: { email: viewer.email.toLowerCase(), acceptedAt: null, declinedAt: null, revokedAt: null },
      orderBy: { createdAt: "desc" },
      select: { id: true, createdAt: true, organisation: { select: { name: true } } },
    }),
  ]);
  const courseIds = (membership?.cohorts ?? []).flatMap(({ cohort }) => cohort.assignments.flatMap((a) => (a.course ? [a.course.id] : [])));
  const completed = courseIds.length
    ? await db.lessonCompletion.findMany({ where: { userId: viewer.id, lesson: { courseId: { in: courseIds } } }, select: { lesson: { select: { courseId: true } } } })
    : [];
  const done = (courseId: string) => completed.filter((c) => c.lesson.courseId === courseId).length;
  const assignments = (membership?.cohorts ?? []).flatMap(({ cohort }) =>
    cohort.assignments.map((a): MyAssignment => ({
      id: a.id,
      cohort: cohort.name,
      kind: a.target ? "target" : "course",
      title: a.target?.name ?? a.course?.title ?? "",
      href: a.target ? "/dashboard" : `/courses/${a.course?.slug}`,
      dueDate: a.dueDate,
      daysLeft: Math.ceil((a.dueDate.getTime() - now.getTime()) / DAY),
      complete: a.course ? a.course._count.lessons > 0 && done(a.course.id) >= a.course._count.lessons : false,
    })),
  );
  return {
    membership: membership && { name: membership.organisation.name, kind: membership.kind },
    invitations: membership ? [] : invitations.map((i) => ({ id: i.id, organisation: i.organisation.name, at: i.createdAt })),
    assignments: assignments.sort((a, b) => a.dueDate.getTime() - b.dueDate.getTime()),
  };
}
